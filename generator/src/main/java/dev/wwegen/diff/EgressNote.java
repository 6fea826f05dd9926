package dev.wwegen.diff;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The pods' own calls: a NetworkPolicy egress rule that now admits another namespace or port
 * ({@code pod egress: namespace licensing → licences}), or that appeared or went.
 */
final class EgressNote implements ArchitectureNote {

    private static final Pattern NAMESPACE = Pattern.compile(
            "spec\\.egress\\[\\d+]\\.to\\[\\d+]\\.namespaceSelector\\.matchLabels\\[\"kubernetes\\.io/metadata\\.name\"]");
    private static final Pattern PORT = Pattern.compile("spec\\.egress\\[\\d+]\\.ports\\[\\d+]\\.port");
    private static final Pattern RULE = Pattern.compile("spec\\.egress\\[\\d+]");

    @Override
    public void describe(ObjectDiff diff, ArchitectureTerms terms, Consumer<String> notes) {
        if (!diff.key().kind().equals("NetworkPolicy")) {
            return;
        }
        for (FieldChange change : diff.changes()) {
            String path = change.path().toString();
            switch (change.change()) {
                case CHANGED -> {
                    if (NAMESPACE.matcher(path).matches()) {
                        notes.accept("pod egress: namespace " + ArchitectureNote.move(change.before(), change.after()));
                    } else if (PORT.matcher(path).matches()) {
                        notes.accept("pod egress: port " + ArchitectureNote.move(change.before(), change.after()));
                    }
                }
                case ADDED -> {
                    if (RULE.matcher(path).matches() || path.equals("spec.egress")) {
                        notes.accept("pod egress rule added");
                    }
                }
                case REMOVED -> {
                    if (RULE.matcher(path).matches() || path.equals("spec.egress")) {
                        notes.accept("pod egress rule removed");
                    }
                }
                default -> {
                }
            }
        }
    }
}
