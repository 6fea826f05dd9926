package dev.wwegen.emit;

import java.util.List;

/**
 * What one {@link Emitter#write} did, for the CLI to print. Paths are relative to the output root and sorted.
 *
 * @param written   files created or replaced
 * @param unchanged files that already had the right bytes and were not touched (including adopted ones)
 * @param adopted   unchanged files that were not in the ledger and are now owned
 * @param deleted   stale owned files removed
 * @param notes     what the run did to recover from an interrupted one (finished or undone, temp files removed)
 */
public record EmitSummary(List<String> written, List<String> unchanged, List<String> adopted, List<String> deleted,
                          List<String> notes) {

    public EmitSummary {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        adopted = List.copyOf(adopted);
        deleted = List.copyOf(deleted);
        notes = List.copyOf(notes);
    }

    public EmitSummary(List<String> written, List<String> unchanged, List<String> adopted, List<String> deleted) {
        this(written, unchanged, adopted, deleted, List.of());
    }

    /** {@code 3 written, 12 unchanged, 1 deleted}. */
    public String counts() {
        return written.size() + " written, " + unchanged.size() + " unchanged, " + deleted.size() + " deleted";
    }
}
