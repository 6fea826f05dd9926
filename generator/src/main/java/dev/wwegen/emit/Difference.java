package dev.wwegen.emit;

/**
 * One way the output on disk differs from what a run would write; {@code generate --check} fails on any.
 *
 * @param kind what differs
 * @param path the file, relative to the output root
 */
public record Difference(Kind kind, String path) implements Comparable<Difference> {

    /** How a file differs. */
    public enum Kind {
        /** The run produces it and it is not on disk. */
        MISSING,
        /** The run produces it and the file on disk has other bytes (or is not a file). */
        CHANGED,
        /** wwegen owns it, it is in a regenerated scope, and the run no longer produces it. */
        STALE,
        /** A run into the folder was interrupted (its journal remains): the files may be a mix of old and new. */
        INTERRUPTED;

        /** The lower-case word for printing: {@code missing}, {@code changed}, {@code stale}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public int compareTo(Difference other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : kind.compareTo(other.kind);
    }

    /** {@code changed  manifests/dev/deployment.yaml}. */
    @Override
    public String toString() {
        if (kind == Kind.INTERRUPTED) {
            return "interrupted  " + path + ": a run was interrupted, its files may be a mix of old and new;"
                    + " the next run finishes it";
        }
        return String.format("%-9s%s", kind.word(), path);
    }
}
