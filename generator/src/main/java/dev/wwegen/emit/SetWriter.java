package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Carries out a {@link Plan} as one crash-safe step. First the journal records the intent (phase staging), then every
 * new file's bytes go to a temp file beside its target and are flushed: a full disk or any failure here removes the
 * temp files and changes nothing. Then the journal moves to phase commit, the temp files are renamed over their
 * targets, stale files are deleted, the ledger is written, and the journal is removed. A crash after the journal
 * reached commit is finished by the next run ({@link #finish}), so every file the run replaced stays owned.
 */
final class SetWriter {

    private final OutputRoot root;
    private final Faults faults;

    SetWriter(OutputRoot root, Faults faults) {
        this.root = root;
        this.faults = faults;
    }

    void apply(Plan plan, FileSet files) throws EmitException {
        if (plan.writes().isEmpty() && plan.stale().isEmpty()) {
            if (plan.ledgerChanges()) {
                try {
                    writeLedger(plan.ledger());
                } catch (OutputRoot.Blocked e) {
                    throw new EmitException(List.of(e.finding()));
                } catch (IOException e) {
                    throw new EmitException(List.of(Finding.error(root.shown(Ledger.FILE_NAME), "", "could not write "
                            + root.shown(Ledger.FILE_NAME) + ": " + IoReasons.of(e), nothingChanged())));
                }
            }
            return;
        }
        SortedMap<String, String> temps = new TreeMap<>();
        plan.writes().forEach(path -> temps.put(path, AtomicFileWriter.tempName()));
        Journal journal = new Journal(Journal.Phase.STAGING, temps, plan.stale(), plan.ledger());
        stage(journal, files);
        try {
            journal.in(Journal.Phase.COMMIT).save(root);
        } catch (IOException e) {
            undo(journal, e);
            throw new EmitException(List.of(Finding.error(root.shown(Journal.FILE_NAME), "", "could not write "
                    + root.shown(Journal.FILE_NAME) + ": " + IoReasons.of(e), nothingChanged())));
        }
        finish(journal);
    }

    /** Renames the staged temp files still present, deletes the stale files, writes the ledger, clears the journal. */
    void finish(Journal journal) throws EmitException {
        String current = "";
        try {
            SortedSet<String> folders = new TreeSet<>();
            for (Map.Entry<String, String> write : journal.writes().entrySet()) {
                current = write.getKey();
                Path target = root.confined(current);
                Path temp = target.resolveSibling(write.getValue());
                if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
                    faults.before(Faults.Step.RENAME, current);
                    Files.move(temp, root.confined(current), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    folders.add(parentOf(current));
                }
            }
            for (String path : journal.stale()) {
                current = path;
                faults.before(Faults.Step.DELETE, path);
                Path stale = root.confined(path);
                if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(stale);
                    folders.add(parentOf(path));
                }
            }
            folders.forEach(folder -> AtomicFileWriter.syncFolder(root.path().resolve(folder.isEmpty() ? "." : folder)));
            current = Ledger.FILE_NAME;
            writeLedger(journal.ledger());
            current = Journal.FILE_NAME;
            Journal.clear(root);
        } catch (OutputRoot.Blocked e) {
            throw new EmitException(List.of(e.finding()));
        } catch (IOException e) {
            throw new EmitException(List.of(Finding.error(root.shown(current), "", "could not replace "
                    + root.shown(current) + ": " + IoReasons.of(e), "the run was interrupted and "
                    + root.shown(Journal.FILE_NAME) + " records it; fix the cause and run again: the next run"
                    + " finishes it")));
        }
    }

    /** Writes the journal, then every temp file; on failure removes them and the journal again. */
    private void stage(Journal journal, FileSet files) throws EmitException {
        String current = Journal.FILE_NAME;
        try {
            journal.save(root);
            List<Path> temps = new ArrayList<>();
            for (Map.Entry<String, String> write : journal.writes().entrySet()) {
                current = write.getKey();
                faults.before(Faults.Step.STAGE, current);
                root.createFolders(parentOf(current));
                Path target = root.confined(current);
                Path temp = target.resolveSibling(write.getValue());
                AtomicFileWriter.writeTemp(temp, target, files.bytes(current), false);
                temps.add(temp);
            }
            current = "";
            AtomicFileWriter.flush(temps);
        } catch (OutputRoot.Blocked e) {
            undo(journal, e);
            throw new EmitException(List.of(e.finding()));
        } catch (IOException e) {
            undo(journal, e);
            throw new EmitException(List.of(Finding.error(root.shown(current), "", "could not write "
                    + root.shown(current) + ": " + IoReasons.of(e), nothingChanged())));
        }
    }

    /** Removes the temp files of a journal in phase staging, then the journal: no target was touched. */
    void undo(Journal journal, Exception cause) {
        try {
            for (Map.Entry<String, String> write : journal.writes().entrySet()) {
                Path target = root.confined(write.getKey());
                Files.deleteIfExists(target.resolveSibling(write.getValue()));
            }
            Journal.clear(root);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    private void writeLedger(SortedSet<String> owned) throws IOException {
        byte[] bytes = Ledger.bytes(owned);
        Path file = root.confined(Ledger.FILE_NAME);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        AtomicFileWriter.write(root, Ledger.FILE_NAME, bytes);
    }

    private static String nothingChanged() {
        return "nothing was changed (new files are written beside the old ones first); free space or fix the cause,"
                + " and run again";
    }

    static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
