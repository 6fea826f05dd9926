package dev.wwegen.diff;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Ports: a container port or a Service target port is the end of a numbered connection
 * ({@code connection 9: port 8080 → 8081}); the Service's own port is said as such.
 */
final class PortNote implements ArchitectureNote {

    private static final Pattern CONTAINER_PORT = Pattern.compile(".*ontainers\\[[^]]+]\\.ports\\[[^]]+]\\.containerPort");
    private static final Pattern TARGET_PORT = Pattern.compile("spec\\.ports\\[[^]]+]\\.targetPort");
    private static final Pattern SERVICE_PORT = Pattern.compile("spec\\.ports\\[[^]]+]\\.port");

    @Override
    public void describe(ObjectDiff diff, ArchitectureTerms terms, Consumer<String> notes) {
        boolean service = diff.key().group().isEmpty() && diff.key().kind().equals("Service");
        for (FieldChange change : diff.changes()) {
            if (change.change() != FieldChange.Change.CHANGED) {
                continue;
            }
            String path = change.path().toString();
            if (CONTAINER_PORT.matcher(path).matches()
                    || service && TARGET_PORT.matcher(path).matches() && change.before() instanceof Number) {
                notes.accept(connection(change, terms));
            } else if (service && SERVICE_PORT.matcher(path).matches()) {
                notes.accept("service " + diff.key().name() + ": port "
                        + ArchitectureNote.move(change.before(), change.after()));
            }
        }
    }

    private static String connection(FieldChange change, ArchitectureTerms terms) {
        String move = "port " + ArchitectureNote.move(change.before(), change.after());
        if (change.before() instanceof Number port) {
            return terms.connectionTo(port.intValue()).map(n -> "connection " + n + ": " + move)
                    .orElse("container " + move);
        }
        return "container " + move;
    }
}
