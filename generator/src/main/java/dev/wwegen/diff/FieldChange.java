package dev.wwegen.diff;

import java.util.Objects;

/**
 * One field that differs between the two sides of an object.
 *
 * @param path   where the field is
 * @param change what happened to it
 * @param before the old value (null when added); for {@link Change#REORDERED}, the old order of keys
 * @param after  the new value (null when removed); for {@link Change#REORDERED}, the new order of keys
 * @param hidden the values are secret (a Secret's {@code data} or {@code stringData}) and must never be printed
 */
public record FieldChange(FieldPath path, Change change, Object before, Object after, boolean hidden) {

    /** What happened to a field. */
    public enum Change {
        ADDED, REMOVED, CHANGED, REORDERED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FieldChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(change, "change");
        if (hidden) {
            before = null;
            after = null;
        }
    }
}
