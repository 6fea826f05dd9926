package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.util.List;
import java.util.SortedSet;

/**
 * What a run will do under one output root, decided before anything is written: which files to write, which are
 * already right, which owned files are stale, and the ledger afterwards. Any finding means nothing may be written.
 *
 * @param writes    produced files that are missing or differ; written atomically
 * @param unchanged produced files whose bytes are already right; not touched
 * @param adopted   the subset of {@code unchanged} that was not in the ledger and becomes owned
 * @param stale     owned files in a scope that this run does not produce; deleted
 * @param owned     the ledger before the run
 * @param ledger    the ledger after the run
 * @param findings  reasons the run must not write; empty when it may
 */
record Plan(SortedSet<String> writes, SortedSet<String> unchanged, SortedSet<String> adopted, SortedSet<String> stale,
            SortedSet<String> owned, SortedSet<String> ledger, List<Finding> findings) {

    boolean ledgerChanges() {
        return !owned.equals(ledger);
    }
}
