package dev.wwegen.diff;

import java.util.List;
import java.util.Objects;

/**
 * How one object differs between the two sides.
 *
 * @param key     the object
 * @param status  added, removed or changed
 * @param before  the old manifest, null when added
 * @param after   the new manifest, null when removed
 * @param changes the fields that differ, for a changed object; an {@code apiVersion} move is one of them
 */
public record ObjectDiff(ObjectKey key, Status status, Manifest before, Manifest after, List<FieldChange> changes) {

    /** What happened to an object. */
    public enum Status {
        ADDED, REMOVED, CHANGED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ObjectDiff {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
    }

    /** Whether the object is a Secret, whose values are never shown. */
    public boolean isSecret() {
        return key.group().isEmpty() && key.kind().equals("Secret");
    }

    /** The change at exactly this path (as printed), if any. */
    public java.util.Optional<FieldChange> at(String path) {
        return changes.stream().filter(c -> c.path().toString().equals(path)).findFirst();
    }
}
