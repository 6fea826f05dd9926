package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Looks at the output root and decides a {@link Plan} without changing anything: every conflict (a file wwegen did
 * not write, a directory or file in the way, a symbolic link anywhere wwegen would write or delete, a folder it
 * cannot write in) is found up front, so a run either writes everything or nothing. Every path is looked at through
 * {@link OutputRoot#inspect}, which never follows a link.
 *
 * <p>An existing file that is not in the ledger but already has exactly the bytes wwegen would write is adopted:
 * nothing about it changes, and it lets a lost or deleted ledger be rebuilt by running again.
 */
final class Preflight {

    private static final String IN_THE_WAY = "move it away, or choose another --out";
    /** From this many files the comparison with the disk runs on the available cores. */
    private static final int PARALLEL_FROM = 64;

    private final OutputRoot root;
    private final List<Finding> findings = new ArrayList<>();
    private final SortedSet<String> writableNeeded = new TreeSet<>();

    private Preflight(OutputRoot root) {
        this.root = root;
    }

    static Plan plan(OutputRoot root, FileSet files, Scopes scopes) {
        return new Preflight(root).plan(files, scopes);
    }

    private Plan plan(FileSet files, Scopes scopes) {
        SortedSet<String> writes = new TreeSet<>();
        SortedSet<String> unchanged = new TreeSet<>();
        SortedSet<String> adopted = new TreeSet<>();
        SortedSet<String> stale = new TreeSet<>();
        SortedSet<String> owned = new TreeSet<>();
        SortedSet<String> ledger = new TreeSet<>();
        Path rootPath = root.path();
        if (Files.exists(rootPath) && !Files.isDirectory(rootPath)) {
            findings.add(Finding.error(root.shown(""), "", "the output folder is a file", IN_THE_WAY));
            return new Plan(writes, unchanged, adopted, stale, owned, ledger, List.copyOf(findings));
        }
        if (Files.isDirectory(rootPath)) {
            owned.addAll(Ledger.read(root, findings));
        }
        // Each file is compared on its own (reads only), on the available cores for a large set; the outcomes are
        // then taken in path order, so the plan and its findings do not depend on the threads.
        List<Map.Entry<String, byte[]>> entries = List.copyOf(files.view().entrySet());
        List<Compared> outcomes = (entries.size() >= PARALLEL_FROM ? entries.parallelStream() : entries.stream())
                .map(file -> compare(file.getKey(), file.getValue())).toList();
        for (int i = 0; i < entries.size(); i++) {
            String path = entries.get(i).getKey();
            Compared outcome = outcomes.get(i);
            findings.addAll(outcome.findings());
            if (outcome.writable() != null) {
                writableNeeded.add(outcome.writable());
            }
            switch (outcome.state()) {
                case SAME -> {
                    unchanged.add(path);
                    if (!owned.contains(path)) {
                        adopted.add(path);
                    }
                }
                case DIFFERENT -> {
                    if (owned.contains(path)) {
                        writes.add(path);
                    } else {
                        findings.add(Finding.error(root.shown(path), "", "refusing to overwrite " + root.shown(path)
                                + ": wwegen did not write it", IN_THE_WAY));
                    }
                }
                case MISSING -> writes.add(path);
                case BLOCKED -> { }
            }
        }
        for (String path : owned) {
            if (scopes.covers(path) && !files.contains(path)) {
                OutputRoot.Entry entry = root.inspect(path);
                switch (entry.kind()) {
                    case FILE -> {
                        stale.add(path);
                        writableNeeded.add(SetWriter.parentOf(path));
                    }
                    case LINK -> findings.add(root.blocked(entry));
                    default -> { }
                }
            }
        }
        owned.stream().filter(path -> !scopes.covers(path)).forEach(ledger::add);
        ledger.addAll(files.paths());
        if (!ledger.equals(owned) || !writes.isEmpty()) {
            writableNeeded.add("");
        }
        writableNeeded.forEach(this::requireWritable);
        List<Finding> sorted = new ArrayList<>(new LinkedHashSet<>(findings));
        sorted.sort(Finding.ORDER);
        return new Plan(writes, unchanged, adopted, stale, owned, ledger, List.copyOf(sorted));
    }

    private enum State { SAME, DIFFERENT, MISSING, BLOCKED }

    /**
     * How one file compares with what is on disk.
     *
     * @param findings what is in its way
     * @param writable the folder it needs to write in, or null
     */
    private record Compared(State state, List<Finding> findings, String writable) {

        static Compared blocked(Finding finding) {
            return new Compared(State.BLOCKED, List.of(finding), null);
        }
    }

    /** Reads only: safe on any thread. */
    private Compared compare(String path, byte[] bytes) {
        OutputRoot.Entry entry = root.inspect(path);
        String shown = root.shown(path);
        switch (entry.kind()) {
            case ABSENT -> {
                return new Compared(State.MISSING, List.of(), SetWriter.parentOf(path));
            }
            case LINK, NOT_A_DIRECTORY -> {
                return Compared.blocked(root.blocked(entry));
            }
            case DIRECTORY -> {
                return Compared.blocked(Finding.error(shown, "", "cannot write " + shown + ": a directory is in the way",
                        IN_THE_WAY));
            }
            case OTHER -> {
                return Compared.blocked(Finding.error(shown, "", "cannot write " + shown + ": it is not a regular file"
                        + " (a device, pipe or socket)", IN_THE_WAY));
            }
            default -> { }
        }
        try {
            if (root.holds(entry, bytes)) {
                return new Compared(State.SAME, List.of(), null);
            }
        } catch (IOException e) {
            return Compared.blocked(Finding.error(shown, "", "could not read " + shown + ": " + IoReasons.of(e),
                    "make it readable, or choose another --out"));
        }
        return new Compared(State.DIFFERENT, List.of(), SetWriter.parentOf(path));
    }

    /** A finding if the directory, or the nearest existing folder it would be created in, cannot be written. */
    private void requireWritable(String directory) {
        Path dir = directory.isEmpty() ? root.path() : root.path().resolve(directory);
        while (!Files.exists(dir) && dir.getParent() != null) {
            dir = dir.getParent();
        }
        if (!Files.exists(dir) && !dir.isAbsolute()) {
            dir = Path.of("."); // a relative root's first segment is created in the current directory
        }
        String shown = dir.toString().isEmpty() ? "." : dir.toString();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            findings.add(Finding.error(shown, "", "cannot create directory " + root.shown(directory)
                    + ": " + shown + " is a file", IN_THE_WAY));
        } else if (Files.exists(dir) && !Files.isWritable(dir)) {
            findings.add(Finding.error(shown, "", "cannot write in " + shown + ": permission denied",
                    "make it writable, or choose another --out"));
        }
    }
}
