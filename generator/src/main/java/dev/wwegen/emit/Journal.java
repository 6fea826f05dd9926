package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The intent of a run that changes files, {@code <root>/.wwegen-journal}, written atomically and flushed before the
 * first temp file is made, and removed after the ledger is final. While it exists the set on disk may be mixed; the
 * next run (under the lock) reads it and finishes the run ({@link Phase#COMMIT}: every temp file was complete, so
 * the remaining renames and deletions are done) or undoes it ({@link Phase#STAGING}: no target was touched yet, so
 * the temp files are removed).
 *
 * @param phase  how far the run got
 * @param writes target path → the name of its temp file in the same folder
 * @param stale  owned files to delete
 * @param ledger the owned files once the run is done; until then the journal keeps every file it writes owned
 */
record Journal(Phase phase, SortedMap<String, String> writes, SortedSet<String> stale, SortedSet<String> ledger) {

    static final String FILE_NAME = ".wwegen-journal";

    private static final String HEADER = "# wwegen journal: a run into this folder that has not finished. The next"
            + " wwegen run finishes or undoes it. Do not edit.";

    /** How far a run got. */
    enum Phase {
        /** Temp files are being written; no target has changed. */
        STAGING,
        /** Every temp file is complete; targets are being replaced and stale files deleted. */
        COMMIT
    }

    Journal {
        writes = Collections.unmodifiableSortedMap(new TreeMap<>(writes));
        stale = Collections.unmodifiableSortedSet(new TreeSet<>(stale));
        ledger = Collections.unmodifiableSortedSet(new TreeSet<>(ledger));
    }

    Journal in(Phase next) {
        return new Journal(next, writes, stale, ledger);
    }

    /** Writes the journal atomically and durably. */
    void save(OutputRoot root) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("phase ").append(phase.name().toLowerCase(Locale.ROOT)).append('\n');
        writes.forEach((path, temp) -> text.append("write ").append(temp).append(' ').append(path).append('\n'));
        stale.forEach(path -> text.append("delete ").append(path).append('\n'));
        ledger.forEach(path -> text.append("own ").append(path).append('\n'));
        AtomicFileWriter.write(root, FILE_NAME, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the journal: the run it describes is done (or undone). */
    static void clear(OutputRoot root) throws IOException {
        Files.deleteIfExists(root.confined(FILE_NAME));
        AtomicFileWriter.syncFolder(root.path());
    }

    /** True if the root holds a journal (of any kind, even a link, which {@link #read} then reports). */
    static boolean exists(OutputRoot root) {
        return root.inspect(FILE_NAME).kind() != OutputRoot.Kind.ABSENT;
    }

    /** The journal in {@code root}, or null if there is none; a journal that cannot be trusted is an error. */
    static Journal read(OutputRoot root) throws EmitException {
        OutputRoot.Entry entry = root.inspect(FILE_NAME);
        if (entry.kind() == OutputRoot.Kind.ABSENT) {
            return null;
        }
        if (entry.kind() != OutputRoot.Kind.FILE) {
            throw new EmitException(List.of(entry.kind() == OutputRoot.Kind.LINK ? root.blocked(entry)
                    : damaged(root, 0, "it is not a file")));
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(root.confined(FILE_NAME), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmitException(List.of(Finding.error(root.shown(FILE_NAME), "", "could not read the journal of an"
                    + " interrupted run: " + IoReasons.of(e), "make it readable, then run again")));
        }
        return parse(root, lines);
    }

    private static Journal parse(OutputRoot root, List<String> lines) throws EmitException {
        Phase phase = null;
        SortedMap<String, String> writes = new TreeMap<>();
        SortedSet<String> stale = new TreeSet<>();
        SortedSet<String> ledger = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String word = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1);
            try {
                switch (word) {
                    case "phase" -> phase = Phase.valueOf(rest.toUpperCase(Locale.ROOT));
                    case "write" -> {
                        int split = rest.indexOf(' ');
                        String temp = rest.substring(0, Math.max(split, 0));
                        if (!temp.startsWith(AtomicFileWriter.TEMP_PREFIX) || temp.contains("/")) {
                            throw new IllegalArgumentException("not a temp file name: '" + temp + "'");
                        }
                        writes.put(FileSet.requireRelative(rest.substring(split + 1)), temp);
                    }
                    case "delete" -> stale.add(FileSet.requireRelative(rest));
                    case "own" -> ledger.add(FileSet.requireRelative(rest));
                    default -> throw new IllegalArgumentException("unknown line");
                }
            } catch (RuntimeException e) {
                throw new EmitException(List.of(damaged(root, i + 1, e.getMessage())));
            }
        }
        if (phase == null) {
            throw new EmitException(List.of(damaged(root, 0, "it has no phase line")));
        }
        return new Journal(phase, writes, stale, ledger);
    }

    private static Finding damaged(OutputRoot root, int line, String why) {
        return Finding.error(root.shown(FILE_NAME) + (line > 0 ? ":" + line : ""), "",
                "the journal of an interrupted run is damaged: " + why, "check the files wwegen owns here (listed in "
                        + Ledger.FILE_NAME + "), then delete " + root.shown(FILE_NAME) + " and run again");
    }
}
