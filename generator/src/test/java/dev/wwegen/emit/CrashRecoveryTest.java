package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety through the emitter's fault-injection point: a run that dies between two renames, or while writing
 * its temp files, and a disk that fills up. The next run must finish or undo the interrupted one, leave no temp
 * file, and keep every file it wrote owned; {@code check} must say that a set is mixed.
 */
class CrashRecoveryTest {

    static final int FILES = 36;

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    /** A set of {@code FILES} files in two folders, each saying which version it is. */
    static FileSet version(String version) {
        FileSet.Builder files = FileSet.builder();
        for (int i = 0; i < FILES; i++) {
            files.add((i % 2 == 0 ? "manifests/dev/" : "docs/dev/") + String.format("%02d.yaml", i),
                    "version: " + version + "\nfile: " + i + "\n" + "x".repeat(2000) + "\n");
        }
        return files.build();
    }

    static final Set<String> SCOPES = Set.of("");

    static EmitSettings faults(Faults faults) {
        return new EmitSettings(Duration.ofSeconds(5), faults);
    }

    /** The version of every file under root (temp files by name), for comparing states. */
    static Map<String, String> versions(Path root) throws IOException {
        Map<String, String> versions = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(path).toString();
                String text = Files.readString(path);
                versions.put(name, text.startsWith("version: ") ? text.substring(9, text.indexOf('\n')) : "-");
            }
        }
        return versions;
    }

    static long count(Map<String, String> versions, String version) {
        return versions.entrySet().stream().filter(e -> e.getKey().endsWith(".yaml") && e.getValue().equals(version))
                .count();
    }

    static boolean hasTemp(Map<String, String> versions) {
        return versions.keySet().stream().anyMatch(name -> name.contains(AtomicFileWriter.TEMP_PREFIX));
    }

    /** Thrown by a fault to stand for the process dying: nothing after it runs, no cleanup, no catch. */
    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    @Test
    void aCrashBetweenRenamesLeavesAMixThatCheckReportsAndTheNextRunFinishes() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        AtomicInteger renames = new AtomicInteger();
        Faults crashAfterFour = (step, path) -> {
            if (step == Faults.Step.RENAME && renames.incrementAndGet() == 5) {
                throw new Crash();
            }
        };

        assertThatThrownBy(() -> Emitter.write(out(), version("new"), SCOPES, faults(crashAfterFour)))
                .isInstanceOf(Crash.class);

        Map<String, String> mixed = versions(out());
        assertThat(count(mixed, "new")).isEqualTo(4);
        assertThat(count(mixed, "old")).isEqualTo(FILES - 4);
        assertThat(hasTemp(mixed)).isTrue();
        assertThat(Emitter.check(out(), version("new"), SCOPES)).first()
                .hasToString("interrupted  .wwegen-journal: a run was interrupted, its files may be a mix of old and"
                        + " new; the next run finishes it");
        // the old set, too, is told that the folder is mixed
        assertThat(Emitter.check(out(), version("old"), SCOPES)).contains(
                new Difference(Difference.Kind.INTERRUPTED, ".wwegen-journal"));

        EmitSummary next = Emitter.write(out(), version("new"), SCOPES);

        assertThat(next.notes()).containsExactly("finished an interrupted run (" + FILES + " files to replace, 0 to"
                + " delete), so the set is whole again");
        assertThat(next.written()).isEmpty();
        Map<String, String> after = versions(out());
        assertThat(count(after, "new")).isEqualTo(FILES);
        assertThat(hasTemp(after)).isFalse();
        assertThat(out().resolve(Journal.FILE_NAME)).doesNotExist();
        assertThat(Emitter.check(out(), version("new"), SCOPES)).isEmpty();
    }

    @Test
    void aCrashBetweenRenamesIsFinishedEvenWhenTheNextRunWritesAnotherSet() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        Faults crash = (step, path) -> {
            if (step == Faults.Step.RENAME && path.equals("manifests/dev/10.yaml")) {
                throw new Crash();
            }
        };
        assertThatThrownBy(() -> Emitter.write(out(), version("new"), SCOPES, faults(crash))).isInstanceOf(Crash.class);

        EmitSummary next = Emitter.write(out(), version("third"), SCOPES);

        assertThat(next.notes()).hasSize(1);
        assertThat(next.written()).hasSize(FILES);
        assertThat(count(versions(out()), "third")).isEqualTo(FILES);
        assertThat(Files.readString(out().resolve(Ledger.FILE_NAME)).lines().filter(l -> !l.startsWith("#")))
                .hasSize(FILES);
    }

    @Test
    void aCrashWhileWritingTempFilesIsUndoneAndTheOldSetWasNeverTouched() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        AtomicInteger staged = new AtomicInteger();
        Faults crash = (step, path) -> {
            if (step == Faults.Step.STAGE && staged.incrementAndGet() == 20) {
                throw new Crash();
            }
        };
        assertThatThrownBy(() -> Emitter.write(out(), version("new"), SCOPES, faults(crash))).isInstanceOf(Crash.class);
        Map<String, String> interrupted = versions(out());
        assertThat(count(interrupted, "old")).isEqualTo(FILES);
        assertThat(hasTemp(interrupted)).isTrue();

        EmitSummary next = Emitter.write(out(), version("old"), SCOPES);

        assertThat(next.notes()).containsExactly("undid an interrupted run that had not replaced any file yet");
        assertThat(next.written()).isEmpty();
        assertThat(hasTemp(versions(out()))).isFalse();
        assertThat(out().resolve(Journal.FILE_NAME)).doesNotExist();
    }

    /** Defect 4: a full disk on a fresh folder; after space is freed, the next run works. */
    @Test
    void aFullDiskOnAFreshFolderWritesNoFileAndTheNextRunSucceeds() throws Exception {
        AtomicInteger staged = new AtomicInteger();
        Faults full = (step, path) -> {
            if (step == Faults.Step.STAGE && staged.incrementAndGet() == 26) {
                throw new FileSystemException(path, null, "No space left on device");
            }
        };

        assertThatThrownBy(() -> Emitter.write(out(), version("new"), SCOPES, faults(full)))
                .isInstanceOf(EmitException.class)
                .satisfies(e -> assertThat(((EmitException) e).findings()).singleElement()
                        .satisfies(f -> assertThat(f.format()).contains("could not write " + out().resolve(
                                "manifests/dev/14.yaml") + ": no space left on device")
                                .contains("hint: nothing was changed")));

        Map<String, String> left = versions(out());
        assertThat(left.keySet()).containsOnly(OutputLock.FILE_NAME);
        EmitSummary next = Emitter.write(out(), version("new"), SCOPES);
        assertThat(next.written()).hasSize(FILES);
        assertThat(next.notes()).isEmpty();
    }

    @Test
    void aFullDiskOverAnExistingSetLeavesItWholeAndOwned() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        Faults full = (step, path) -> {
            if (step == Faults.Step.STAGE && path.equals("manifests/dev/30.yaml")) {
                throw new FileSystemException(path, null, "No space left on device");
            }
        };
        assertThatThrownBy(() -> Emitter.write(out(), version("new"), SCOPES, faults(full)))
                .isInstanceOf(EmitException.class);
        Map<String, String> left = versions(out());
        assertThat(count(left, "old")).isEqualTo(FILES);
        assertThat(hasTemp(left)).isFalse();
        assertThat(out().resolve(Journal.FILE_NAME)).doesNotExist();
        assertThat(Emitter.write(out(), version("new"), SCOPES).written()).hasSize(FILES);
    }

    @Test
    void aFailedDeleteIsFinishedByTheNextRun() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        FileSet fewer = FileSet.builder().add("manifests/dev/00.yaml", "version: new\n").build();
        Faults crash = (step, path) -> {
            if (step == Faults.Step.DELETE && path.equals("manifests/dev/10.yaml")) {
                throw new Crash();
            }
        };
        assertThatThrownBy(() -> Emitter.write(out(), fewer, SCOPES, faults(crash))).isInstanceOf(Crash.class);
        assertThat(out().resolve("manifests/dev/10.yaml")).exists();

        EmitSummary next = Emitter.write(out(), fewer, SCOPES);

        assertThat(next.notes()).hasSize(1);
        assertThat(versions(out()).keySet()).containsOnly("manifests/dev/00.yaml", Ledger.FILE_NAME,
                OutputLock.FILE_NAME);
    }

    @Test
    void orphanTempFilesInOwnedFoldersAreRemoved() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        Files.writeString(out().resolve("manifests/dev/.wwegen-tmp-0d9e"), "half");
        Files.writeString(out().resolve(".wwegen-tmp-1"), "half");
        Files.createDirectories(out().resolve("mine"));
        Files.writeString(out().resolve("mine/.wwegen-tmp-2"), "not in a folder wwegen writes to: left alone");

        EmitSummary next = Emitter.write(out(), version("old"), SCOPES);

        assertThat(next.notes()).containsExactly("removed 2 temp files left by an interrupted run");
        assertThat(out().resolve("manifests/dev/.wwegen-tmp-0d9e")).doesNotExist();
        assertThat(out().resolve("mine/.wwegen-tmp-2")).exists();
    }

    @Test
    void aDamagedJournalStopsTheRunWithAFinding() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        Files.writeString(out().resolve(Journal.FILE_NAME), "phase commit\nwrite .wwegen-tmp-1 ../../etc/passwd\n");
        Map<String, String> before = versions(out());

        assertThatThrownBy(() -> Emitter.write(out(), version("new"), SCOPES))
                .isInstanceOf(EmitException.class)
                .hasMessageContaining(out().resolve(Journal.FILE_NAME) + ":2 the journal of an interrupted run is"
                        + " damaged: output path '../../etc/passwd' must not contain '..'");
        assertThat(versions(out())).isEqualTo(before);
    }

    @Test
    void aJournalThatIsALinkIsNotFollowed() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        Path elsewhere = temp.resolve("elsewhere");
        Files.writeString(elsewhere, "phase staging\n");
        Files.createSymbolicLink(out().resolve(Journal.FILE_NAME), elsewhere);
        assertThatThrownBy(() -> Emitter.write(out(), version("new"), SCOPES))
                .isInstanceOf(EmitException.class)
                .hasMessageContaining(out().resolve(Journal.FILE_NAME) + " is a symbolic link");
        assertThat(Files.readString(elsewhere)).isEqualTo("phase staging\n");
    }

    @Test
    void theJournalListsEveryFileBeforeTheFirstRename() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        List<String> seen = new java.util.ArrayList<>();
        Faults look = (step, path) -> {
            if (step == Faults.Step.RENAME && seen.isEmpty()) {
                seen.addAll(Files.readAllLines(out().resolve(Journal.FILE_NAME)));
            }
        };
        Emitter.write(out(), version("new"), SCOPES, faults(look));
        assertThat(seen).contains("phase commit");
        assertThat(seen.stream().filter(l -> l.startsWith("write .wwegen-tmp-"))).hasSize(FILES);
        assertThat(seen.stream().filter(l -> l.startsWith("own "))).hasSize(FILES);
        assertThat(out().resolve(Journal.FILE_NAME)).doesNotExist();
    }
}
