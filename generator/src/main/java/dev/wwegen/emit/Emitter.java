package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes a {@link FileSet} under an output root, touching only files wwegen owns, or compares it with the disk.
 *
 * <p>{@link #write} first plans the whole run ({@link Preflight}) and writes nothing if anything is in the way.
 * Then it writes each new or changed file atomically (temp file beside it, then rename), leaves files with the
 * right bytes alone (their modification time too), deletes owned files that a regenerated scope no longer
 * produces, and updates the {@code .wwegen-owned} ledger last. Files wwegen does not own are never changed or
 * deleted, and directories are never removed.
 */
public final class Emitter {

    private Emitter() {
    }

    /**
     * Writes {@code files} under {@code root}, creating it if needed.
     *
     * @param root   the output folder, as the user named it (findings show paths under it)
     * @param files  what this run produces
     * @param scopes directories ({@code manifests/dev/}; {@code ""} for the whole root) this run regenerates
     *               completely; owned files in them that {@code files} lacks are deleted
     * @return what was written, left alone, adopted and deleted
     * @throws EmitException if the preflight finds a conflict (then nothing was written), or a write fails
     */
    public static EmitSummary write(Path root, FileSet files, Set<String> scopes) throws EmitException {
        OutputRoot output = new OutputRoot(root);
        Plan plan = Preflight.plan(output, files, Scopes.of(scopes));
        if (!plan.findings().isEmpty()) {
            throw new EmitException(plan.findings());
        }
        createDirectories(output, plan);
        SortedSet<String> owned = new TreeSet<>(plan.owned());
        String current = "";
        String action = "write";
        try {
            for (String path : plan.writes()) {
                current = path;
                Path target = output.resolve(path);
                Files.createDirectories(target.getParent());
                AtomicFileWriter.write(target, files.bytes(path));
                owned.add(path);
            }
            action = "delete";
            for (String path : plan.stale()) {
                current = path;
                Files.deleteIfExists(output.resolve(path));
                owned.remove(path);
            }
            current = Ledger.FILE_NAME;
            action = "write";
            if (plan.ledgerChanges()) {
                AtomicFileWriter.write(output.resolve(Ledger.FILE_NAME), Ledger.bytes(plan.ledger()));
            }
        } catch (IOException e) {
            throw new EmitException(List.of(failure(output, action, current, e, owned, plan)));
        }
        return new EmitSummary(List.copyOf(plan.writes()), List.copyOf(plan.unchanged()),
                List.copyOf(plan.adopted()), List.copyOf(plan.stale()));
    }

    /**
     * What {@link #write} would change, without writing: produced files that are missing or differ, and owned files
     * in a scope that would be deleted. Files wwegen does not own are not reported. Empty when the output is current.
     *
     * @throws EmitException if the root is a file or the ledger cannot be read
     */
    public static List<Difference> check(Path root, FileSet files, Set<String> scopes) throws EmitException {
        OutputRoot output = new OutputRoot(root);
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new EmitException(List.of(Finding.error(output.shown(""), "", "the output folder is a file",
                    "move it away, or choose another --out")));
        }
        List<Finding> findings = new ArrayList<>();
        SortedSet<String> owned = Files.isDirectory(root) ? Ledger.read(output, findings) : new TreeSet<>();
        if (!findings.isEmpty()) {
            throw new EmitException(findings);
        }
        List<Difference> differences = new ArrayList<>();
        for (String path : files.paths()) {
            Path target = output.resolve(path);
            try {
                if (!Files.exists(target)) {
                    differences.add(new Difference(Difference.Kind.MISSING, path));
                } else if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), files.bytes(path))) {
                    differences.add(new Difference(Difference.Kind.CHANGED, path));
                }
            } catch (IOException e) {
                throw new EmitException(List.of(Finding.error(output.shown(path), "",
                        "could not read " + output.shown(path) + ": " + IoReasons.of(e),
                        "make it readable, or choose another --out")));
            }
        }
        Scopes covered = Scopes.of(scopes);
        for (String path : owned) {
            if (covered.covers(path) && !files.contains(path) && Files.isRegularFile(output.resolve(path))) {
                differences.add(new Difference(Difference.Kind.STALE, path));
            }
        }
        differences.sort(null);
        return List.copyOf(differences);
    }

    /**
     * The finding for a failed write. The ledger is brought up to date with what was done so far (best effort), so
     * files already written stay owned and the next run can replace them.
     */
    /**
     * Creates every folder the writes need before the first file is written, so a folder that cannot be
     * made (read-only file system, a path under /proc) stops the run with no file written.
     */
    private static void createDirectories(OutputRoot output, Plan plan) throws EmitException {
        SortedSet<String> folders = new TreeSet<>();
        folders.add("");
        for (String path : plan.writes()) {
            int slash = path.lastIndexOf('/');
            folders.add(slash < 0 ? "" : path.substring(0, slash));
        }
        for (String folder : folders) {
            try {
                Files.createDirectories(folder.isEmpty() ? output.path() : output.resolve(folder));
            } catch (IOException e) {
                throw new EmitException(List.of(Finding.error(output.shown(folder), "", "could not create folder "
                        + output.shown(folder) + ": " + IoReasons.of(e), "nothing was written; choose another --out,"
                        + " or make the folder's parent writable")));
            }
        }
    }

    private static Finding failure(OutputRoot output, String action, String path, IOException e,
            SortedSet<String> owned, Plan plan) {
        if (!owned.equals(plan.owned()) && !path.equals(Ledger.FILE_NAME)) {
            try {
                AtomicFileWriter.write(output.resolve(Ledger.FILE_NAME), Ledger.bytes(owned));
            } catch (IOException ledgerFailure) {
                e.addSuppressed(ledgerFailure);
            }
        }
        return Finding.error(output.shown(path), "", "could not " + action + " " + output.shown(path) + ": "
                + IoReasons.of(e), "the files before it were done; fix the cause and run again");
    }
}
