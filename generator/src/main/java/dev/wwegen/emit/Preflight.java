package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Looks at the output root and decides a {@link Plan} without changing anything: every conflict (a file wwegen did
 * not write, a directory or file in the way, a folder it cannot write in) is found up front, so a run either writes
 * everything or nothing.
 *
 * <p>An existing file that is not in the ledger but already has exactly the bytes wwegen would write is adopted:
 * nothing about it changes, and it lets a lost or deleted ledger be rebuilt by running again.
 */
final class Preflight {

    private static final String IN_THE_WAY = "move it away, or choose another --out";

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
        for (Map.Entry<String, byte[]> file : files.view().entrySet()) {
            String path = file.getKey();
            switch (compare(path, file.getValue())) {
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
            if (scopes.covers(path) && !files.contains(path) && Files.isRegularFile(root.resolve(path))) {
                stale.add(path);
                writableNeeded.add(parentOf(path));
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

    private State compare(String path, byte[] bytes) {
        if (!directoriesClear(path)) {
            return State.BLOCKED;
        }
        Path target = root.resolve(path);
        if (Files.isDirectory(target)) {
            findings.add(Finding.error(root.shown(path), "", "cannot write " + root.shown(path)
                    + ": a directory is in the way", IN_THE_WAY));
            return State.BLOCKED;
        }
        if (!Files.exists(target)) {
            writableNeeded.add(parentOf(path));
            return State.MISSING;
        }
        try {
            if (Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return State.SAME;
            }
        } catch (IOException e) {
            findings.add(Finding.error(root.shown(path), "", "could not read " + root.shown(path) + ": "
                    + IoReasons.of(e), "make it readable, or choose another --out"));
            return State.BLOCKED;
        }
        writableNeeded.add(parentOf(path));
        return State.DIFFERENT;
    }

    /** False, with a finding, if a file sits where one of {@code path}'s directories must be. */
    private boolean directoriesClear(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String directory = path.substring(0, slash);
            Path dir = root.resolve(directory);
            if (!Files.exists(dir)) {
                return true;
            }
            if (!Files.isDirectory(dir)) {
                findings.add(Finding.error(root.shown(directory), "", "cannot create directory "
                        + root.shown(directory) + ": a file is in the way", IN_THE_WAY));
                return false;
            }
        }
        return true;
    }

    /** A finding if the directory, or the nearest existing folder it would be created in, cannot be written. */
    private void requireWritable(String directory) {
        Path dir = root.resolve(directory);
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

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
