package dev.wwegen.diff;

import java.util.function.Consumer;

/** Replicas of the workload, and the autoscaler's bounds: {@code replicas 3 → 4}, {@code autoscaler added}. */
final class ReplicasNote implements ArchitectureNote {

    @Override
    public void describe(ObjectDiff diff, ArchitectureTerms terms, Consumer<String> notes) {
        String kind = diff.key().kind();
        if (kind.equals("HorizontalPodAutoscaler")) {
            if (diff.status() != ObjectDiff.Status.CHANGED) {
                notes.accept("autoscaler " + diff.status().word());
            }
            diff.at("spec.minReplicas").ifPresent(c -> notes.accept("autoscaling minimum " + text(c)));
            diff.at("spec.maxReplicas").ifPresent(c -> notes.accept("autoscaling maximum " + text(c)));
        } else if (kind.equals("Deployment") || kind.equals("StatefulSet")) {
            diff.at("spec.replicas").ifPresent(c -> notes.accept("replicas " + text(c)));
        }
    }

    private static String text(FieldChange change) {
        return switch (change.change()) {
            case ADDED -> "set to " + change.after();
            case REMOVED -> change.before() + " → unset";
            default -> ArchitectureNote.move(change.before(), change.after());
        };
    }
}
