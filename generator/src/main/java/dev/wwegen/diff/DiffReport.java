package dev.wwegen.diff;

import java.util.List;

/**
 * The result of comparing two manifest sets: what changed object by object, and, when wwegen generated
 * both sides, the same changes said in architecture terms.
 *
 * @param objects      added, removed and changed objects, sorted by identity
 * @param unchanged    how many compared objects are equal
 * @param architecture notes such as {@code replicas 3 → 4}; empty unless both sides are wwegen output
 */
public record DiffReport(List<ObjectDiff> objects, int unchanged, List<String> architecture) {

    public DiffReport {
        objects = List.copyOf(objects);
        architecture = List.copyOf(architecture);
    }

    public boolean isEmpty() {
        return objects.isEmpty();
    }

    public long count(ObjectDiff.Status status) {
        return objects.stream().filter(o -> o.status() == status).count();
    }

    /** {@code 1 changed, 1 added, 0 removed, 6 unchanged}. */
    public String summaryLine() {
        return count(ObjectDiff.Status.CHANGED) + " changed, " + count(ObjectDiff.Status.ADDED) + " added, "
                + count(ObjectDiff.Status.REMOVED) + " removed, " + unchanged + " unchanged";
    }

    public DiffReport withArchitecture(List<String> notes) {
        return new DiffReport(objects, unchanged, notes);
    }
}
