package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * Writes a {@link FileSet} under an output root, touching only files wwegen owns, or compares it with the disk. It is
 * the only way wwegen writes output; every command that writes files (generate, docs, schema export) goes through it.
 *
 * <p>{@link #write} takes the folder's lock ({@link OutputLock}), finishes or undoes a run that was interrupted
 * ({@link Recovery}), plans the whole run ({@link Preflight}) and writes nothing if anything is in the way. Then it
 * writes the new and changed files as one crash-safe set ({@link SetWriter}: journal, temp files, renames, ledger),
 * leaves files with the right bytes alone (their modification time too) and deletes owned files that a regenerated
 * scope no longer produces. Files wwegen does not own are never changed or deleted, directories are never removed,
 * and no path under the root is reached through a symbolic link ({@link OutputRoot}).
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
        return write(root, files, scopes, EmitSettings.fromEnvironment());
    }

    static EmitSummary write(Path root, FileSet files, Set<String> scopes, EmitSettings settings)
            throws EmitException {
        OutputRoot output = new OutputRoot(root);
        requireFolder(output);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new EmitException(List.of(Finding.error(output.shown(""), "", "could not create folder "
                    + output.shown("") + ": " + IoReasons.of(e), "nothing was written; choose another --out,"
                    + " or make the folder's parent writable")));
        }
        try (OutputLock lock = OutputLock.exclusive(output, settings.lockWait())) {
            List<Finding> findings = new ArrayList<>();
            SortedSet<String> owned = Ledger.read(output, findings);
            if (!findings.isEmpty()) {
                throw new EmitException(findings);
            }
            List<String> notes = Recovery.run(output, settings.faults(), owned);
            Plan plan = Preflight.plan(output, files, Scopes.of(scopes));
            if (!plan.findings().isEmpty()) {
                throw new EmitException(plan.findings());
            }
            new SetWriter(output, settings.faults()).apply(plan, files);
            return new EmitSummary(List.copyOf(plan.writes()), List.copyOf(plan.unchanged()),
                    List.copyOf(plan.adopted()), List.copyOf(plan.stale()), notes);
        }
    }

    /**
     * What {@link #write} would change, without writing: produced files that are missing or differ, owned files in a
     * scope that would be deleted, and a run that was interrupted (its set may be a mix of old and new files). Files
     * wwegen does not own are not reported. Empty when the output is current. Waits while another run writes.
     *
     * @throws EmitException if the root is a file, a link is in the way, or the ledger cannot be read
     */
    public static List<Difference> check(Path root, FileSet files, Set<String> scopes) throws EmitException {
        return check(root, files, scopes, EmitSettings.fromEnvironment());
    }

    static List<Difference> check(Path root, FileSet files, Set<String> scopes, EmitSettings settings)
            throws EmitException {
        OutputRoot output = new OutputRoot(root);
        requireFolder(output);
        if (!Files.isDirectory(root)) {
            return files.paths().stream().map(path -> new Difference(Difference.Kind.MISSING, path)).toList();
        }
        try (OutputLock lock = OutputLock.shared(output, settings.lockWait())) {
            List<Finding> findings = new ArrayList<>();
            SortedSet<String> owned = Ledger.read(output, findings);
            List<Difference> differences = new ArrayList<>();
            if (Journal.exists(output)) {
                differences.add(new Difference(Difference.Kind.INTERRUPTED, Journal.FILE_NAME));
            }
            for (String path : files.paths()) {
                Difference.Kind kind = compare(output, path, files.bytes(path), findings);
                if (kind != null) {
                    differences.add(new Difference(kind, path));
                }
            }
            Scopes covered = Scopes.of(scopes);
            for (String path : owned) {
                if (covered.covers(path) && !files.contains(path)) {
                    OutputRoot.Entry entry = output.inspect(path);
                    if (entry.kind() == OutputRoot.Kind.FILE) {
                        differences.add(new Difference(Difference.Kind.STALE, path));
                    } else if (entry.kind() == OutputRoot.Kind.LINK) {
                        findings.add(output.blocked(entry));
                    }
                }
            }
            if (!findings.isEmpty()) {
                List<Finding> sorted = new ArrayList<>(new LinkedHashSet<>(findings));
                sorted.sort(Finding.ORDER);
                throw new EmitException(sorted);
            }
            differences.sort(null);
            return List.copyOf(differences);
        }
    }

    private static Difference.Kind compare(OutputRoot output, String path, byte[] bytes, List<Finding> findings) {
        OutputRoot.Entry entry = output.inspect(path);
        switch (entry.kind()) {
            case ABSENT:
                return Difference.Kind.MISSING;
            case FILE:
                break;
            case LINK:
            case NOT_A_DIRECTORY:
                findings.add(output.blocked(entry));
                return null;
            default:
                return Difference.Kind.CHANGED;
        }
        try {
            return output.holds(entry, bytes) ? null : Difference.Kind.CHANGED;
        } catch (IOException e) {
            findings.add(Finding.error(output.shown(path), "", "could not read " + output.shown(path) + ": "
                    + IoReasons.of(e), "make it readable, or choose another --out"));
            return null;
        }
    }

    private static void requireFolder(OutputRoot output) throws EmitException {
        if (Files.exists(output.path()) && !Files.isDirectory(output.path())) {
            throw new EmitException(List.of(Finding.error(output.shown(""), "", "the output folder is a file",
                    "move it away, or choose another --out")));
        }
    }
}
