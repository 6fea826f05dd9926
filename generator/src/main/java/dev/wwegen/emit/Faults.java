package dev.wwegen.emit;

import java.io.IOException;

/**
 * A fault-injection point in the emitter, for tests of crashes and full disks: called before each step of a write.
 * The real runs use {@link #NONE}; a test may throw (a full disk), block or halt the JVM (a crash between renames).
 */
@FunctionalInterface
interface Faults {

    /** The steps a run takes, in order, for each file. */
    enum Step {
        /** Writing a new file's bytes to its temp file. */
        STAGE,
        /** Renaming a staged temp file over its target. */
        RENAME,
        /** Deleting a stale owned file. */
        DELETE
    }

    Faults NONE = (step, path) -> { };

    void before(Step step, String path) throws IOException;
}
