package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Run first by every write, under the lock: finishes or undoes a run that was interrupted (its {@link Journal}
 * remains), then removes orphan {@code .wwegen-tmp-*} files that a crashed run left in the root or in a folder
 * holding files wwegen owns. Says what it did, for the run's summary.
 */
final class Recovery {

    private Recovery() {
    }

    /** Notes for the user, one per action taken; empty when the folder was clean. */
    static List<String> run(OutputRoot root, Faults faults, SortedSet<String> owned) throws EmitException {
        List<String> notes = new ArrayList<>();
        Journal journal = Journal.read(root);
        SortedSet<String> folders = new TreeSet<>();
        folders.add("");
        owned.forEach(path -> folders.add(SetWriter.parentOf(path)));
        if (journal != null) {
            journal.writes().keySet().forEach(path -> folders.add(SetWriter.parentOf(path)));
            SetWriter writer = new SetWriter(root, faults);
            if (journal.phase() == Journal.Phase.COMMIT) {
                writer.finish(journal);
                notes.add("finished an interrupted run (" + journal.writes().size() + " files to replace, "
                        + journal.stale().size() + " to delete), so the set is whole again");
            } else {
                writer.undo(journal, null);
                if (Journal.exists(root)) {
                    throw new EmitException(List.of(Finding.error(root.shown(Journal.FILE_NAME), "", "could not undo"
                            + " the interrupted run it records", "make the folder writable and run again")));
                }
                notes.add("undid an interrupted run that had not replaced any file yet");
            }
        }
        int removed = removeOrphans(root, folders);
        if (removed > 0) {
            notes.add("removed " + removed + " temp file" + (removed == 1 ? "" : "s") + " left by an interrupted run");
        }
        return notes;
    }

    private static int removeOrphans(OutputRoot root, SortedSet<String> folders) throws EmitException {
        int removed = 0;
        for (String folder : folders) {
            try {
                for (String name : root.list(folder)) {
                    String path = folder.isEmpty() ? name : folder + "/" + name;
                    Path file = root.path().resolve(path);
                    if (name.startsWith(AtomicFileWriter.TEMP_PREFIX)
                            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(root.confined(path));
                        removed++;
                    }
                }
            } catch (OutputRoot.Blocked e) {
                // A link in place of a folder wwegen owns files in: the preflight reports it.
            } catch (IOException e) {
                throw new EmitException(List.of(Finding.error(root.shown(folder), "", "could not remove temp files"
                        + " left by an interrupted run: " + IoReasons.of(e), "make the folder writable and run again")));
            }
        }
        return removed;
    }
}
