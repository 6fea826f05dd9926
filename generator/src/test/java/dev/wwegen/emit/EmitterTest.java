package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmitterTest {

    private static final String LEDGER_HEADER =
            "# Files wwegen wrote in this folder; it replaces or deletes only these. Written by wwegen, do not edit.\n";

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    private static FileSet files(String... pathsAndTexts) {
        FileSet.Builder builder = FileSet.builder();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            builder.add(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return builder.build();
    }

    /** Every file and directory under {@code root} but the lock: its text (or "dir") and its modification time. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                if (path.getFileName().toString().equals(OutputLock.FILE_NAME)) {
                    continue; // the lock's holder line changes with every run; it is not output
                }
                String content = Files.isDirectory(path) ? "dir"
                        : Files.readString(path) + " @" + Files.getLastModifiedTime(path).toMillis();
                tree.put(root.relativize(path).toString(), content);
            }
        }
        return tree;
    }

    private void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void writesFilesAndListsThemInTheLedger() throws Exception {
        EmitSummary summary = Emitter.write(out(), files("manifests/dev/a.yaml", "a: 1\n", "chart/wwe/Chart.yaml", "c\n"),
                Set.of("manifests/dev/", "chart/wwe/"));
        assertThat(summary.written()).containsExactly("chart/wwe/Chart.yaml", "manifests/dev/a.yaml");
        assertThat(summary.counts()).isEqualTo("2 written, 0 unchanged, 0 deleted");
        assertThat(Files.readString(out().resolve("manifests/dev/a.yaml"))).isEqualTo("a: 1\n");
        assertThat(Files.readString(out().resolve(".wwegen-owned")))
                .isEqualTo(LEDGER_HEADER + "chart/wwe/Chart.yaml\nmanifests/dev/a.yaml\n");
        assertThat(snapshot(out()).keySet()).noneMatch(path -> path.contains(".wwegen-tmp"));
    }

    @Test
    void aSecondIdenticalWriteChangesNoByteAndNoModificationTime() throws Exception {
        FileSet files = files("manifests/dev/a.yaml", "a: 1\n", "manifests/dev/b.yaml", "b: 2\n");
        Emitter.write(out(), files, Set.of("manifests/dev/"));
        try (Stream<Path> paths = Files.walk(out())) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, FileTime.fromMillis(1_000_000_000_000L));
            }
        }
        Map<String, String> before = snapshot(out());

        EmitSummary summary = Emitter.write(out(), files, Set.of("manifests/dev/"));

        assertThat(snapshot(out())).isEqualTo(before);
        assertThat(summary).isEqualTo(new EmitSummary(List.of(),
                List.of("manifests/dev/a.yaml", "manifests/dev/b.yaml"), List.of(), List.of()));
    }

    @Test
    void aUserFileInsideTheOutputSurvivesAWriteAndAStaleCleanup() throws Exception {
        Emitter.write(out(), files("manifests/dev/a.yaml", "a\n", "manifests/dev/b.yaml", "b\n"), Set.of("manifests/dev/"));
        write(out().resolve("manifests/dev/my-notes.txt"), "mine\n");

        EmitSummary summary = Emitter.write(out(), files("manifests/dev/a.yaml", "a2\n"), Set.of("manifests/dev/"));

        assertThat(summary.written()).containsExactly("manifests/dev/a.yaml");
        assertThat(summary.deleted()).containsExactly("manifests/dev/b.yaml");
        assertThat(out().resolve("manifests/dev/b.yaml")).doesNotExist();
        assertThat(Files.readString(out().resolve("manifests/dev/my-notes.txt"))).isEqualTo("mine\n");
        assertThat(Files.readString(out().resolve(".wwegen-owned"))).isEqualTo(LEDGER_HEADER + "manifests/dev/a.yaml\n");
    }

    @Test
    void staleOwnedFilesAreDeletedOnlyInsideTheScopesOfTheRun() throws Exception {
        Emitter.write(out(), files("manifests/dev/a.yaml", "a\n", "manifests/prod/a.yaml", "p\n", "docs/x.md", "x\n"),
                Set.of("manifests/dev/", "manifests/prod/", "docs/"));

        EmitSummary summary = Emitter.write(out(), files("manifests/dev/b.yaml", "b\n"), Set.of("manifests/dev"));

        assertThat(summary.deleted()).containsExactly("manifests/dev/a.yaml");
        assertThat(out().resolve("manifests/prod/a.yaml")).exists();
        assertThat(out().resolve("docs/x.md")).exists();
        assertThat(Files.readString(out().resolve(".wwegen-owned")))
                .isEqualTo(LEDGER_HEADER + "docs/x.md\nmanifests/dev/b.yaml\nmanifests/prod/a.yaml\n");
    }

    @Test
    void anUnownedFileWithOtherBytesStopsTheRunBeforeAnythingIsWritten() throws Exception {
        write(out().resolve("manifests/dev/a.yaml"), "user's own\n");
        Map<String, String> before = snapshot(out());
        String shown = out().resolve("manifests/dev/a.yaml").toString();

        assertThatThrownBy(() -> Emitter.write(out(), files("manifests/dev/0.yaml", "new\n",
                "manifests/dev/a.yaml", "a\n", "manifests/dev/z.yaml", "z\n"), Set.of("manifests/dev/")))
                .isInstanceOf(EmitException.class)
                .hasMessage("error  " + shown + " refusing to overwrite " + shown + ": wwegen did not write it\n"
                        + "       hint: move it away, or choose another --out")
                .extracting(e -> ((EmitException) e).findings())
                .isEqualTo(List.of(Finding.error(shown, "", "refusing to overwrite " + shown
                        + ": wwegen did not write it", "move it away, or choose another --out")));
        assertThat(snapshot(out())).isEqualTo(before);
    }

    @Test
    void anUnownedFileWithExactlyTheRightBytesIsAdoptedUntouched() throws Exception {
        write(out().resolve("manifests/dev/a.yaml"), "a\n");
        Files.setLastModifiedTime(out().resolve("manifests/dev/a.yaml"), FileTime.fromMillis(1_000_000_000_000L));

        EmitSummary summary = Emitter.write(out(), files("manifests/dev/a.yaml", "a\n"), Set.of("manifests/dev/"));

        assertThat(summary.adopted()).containsExactly("manifests/dev/a.yaml");
        assertThat(summary.unchanged()).containsExactly("manifests/dev/a.yaml");
        assertThat(Files.getLastModifiedTime(out().resolve("manifests/dev/a.yaml")).toMillis())
                .isEqualTo(1_000_000_000_000L);
        assertThat(Files.readString(out().resolve(".wwegen-owned"))).isEqualTo(LEDGER_HEADER + "manifests/dev/a.yaml\n");
    }

    @Test
    void aRootThatIsAFileIsAnError() throws Exception {
        Files.writeString(out(), "not a folder");

        assertThatThrownBy(() -> Emitter.write(out(), files("a.yaml", "a\n"), Set.of("")))
                .isInstanceOf(EmitException.class)
                .extracting(e -> ((EmitException) e).findings())
                .isEqualTo(List.of(Finding.error(out().toString(), "", "the output folder is a file",
                        "move it away, or choose another --out")));
        assertThat(Files.readString(out())).isEqualTo("not a folder");
    }

    @Test
    void aDirectoryOrAFileInTheWayIsAnErrorAndNothingIsWritten() throws Exception {
        Files.createDirectories(out().resolve("manifests/dev/a.yaml"));
        write(out().resolve("chart"), "a file where a folder must be\n");
        Map<String, String> before = snapshot(out());

        assertThatThrownBy(() -> Emitter.write(out(), files("manifests/dev/a.yaml", "a\n", "chart/wwe/Chart.yaml", "c\n",
                "docs/ok.md", "ok\n"), Set.of("")))
                .isInstanceOf(EmitException.class)
                .extracting(e -> ((EmitException) e).findings())
                .isEqualTo(List.of(
                        Finding.error(out().resolve("chart").toString(), "", "cannot create directory "
                                + out().resolve("chart") + ": a file is in the way", "move it away, or choose another --out"),
                        Finding.error(out().resolve("manifests/dev/a.yaml").toString(), "", "cannot write "
                                + out().resolve("manifests/dev/a.yaml") + ": a directory is in the way",
                                "move it away, or choose another --out")));
        assertThat(snapshot(out())).isEqualTo(before);
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsAnError() throws Exception {
        Path dev = out().resolve("manifests/dev");
        Files.createDirectories(dev);
        Files.setPosixFilePermissions(dev, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(dev), "permissions are not enforced for this user (root)");

            assertThatThrownBy(() -> Emitter.write(out(), files("manifests/dev/a.yaml", "a\n"), Set.of()))
                    .isInstanceOf(EmitException.class)
                    .extracting(e -> ((EmitException) e).findings())
                    .isEqualTo(List.of(Finding.error(dev.toString(), "", "cannot write in " + dev
                            + ": permission denied", "make it writable, or choose another --out")));
            assertThat(out().resolve(".wwegen-owned")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(dev, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void checkReportsExactlyMissingChangedAndStaleFilesAndWritesNothing() throws Exception {
        Emitter.write(out(), files("manifests/dev/same.yaml", "s\n", "manifests/dev/changed.yaml", "old\n",
                "manifests/dev/stale.yaml", "x\n", "docs/kept.md", "k\n"), Set.of("manifests/dev/", "docs/"));
        write(out().resolve("manifests/dev/user.txt"), "mine\n");
        Map<String, String> before = snapshot(out());

        List<Difference> differences = Emitter.check(out(), files("manifests/dev/same.yaml", "s\n",
                "manifests/dev/changed.yaml", "new\n", "manifests/dev/missing.yaml", "m\n"), Set.of("manifests/dev/"));

        assertThat(differences).containsExactly(
                new Difference(Difference.Kind.CHANGED, "manifests/dev/changed.yaml"),
                new Difference(Difference.Kind.MISSING, "manifests/dev/missing.yaml"),
                new Difference(Difference.Kind.STALE, "manifests/dev/stale.yaml"));
        assertThat(differences.get(0)).hasToString("changed  manifests/dev/changed.yaml");
        assertThat(snapshot(out())).isEqualTo(before);
    }

    @Test
    void checkOfCurrentOutputFindsNothing() throws Exception {
        FileSet files = files("a.yaml", "a\n");
        assertThat(Emitter.check(out(), files, Set.of(""))).containsExactly(new Difference(Difference.Kind.MISSING, "a.yaml"));
        Emitter.write(out(), files, Set.of(""));
        assertThat(Emitter.check(out(), files, Set.of(""))).isEmpty();
    }

    @Test
    void aLedgerLinePointingOutsideTheOutputStopsTheRun() throws Exception {
        write(out().resolve(".wwegen-owned"), LEDGER_HEADER + "manifests/dev/../../../etc/passwd\n");
        String where = out().resolve(".wwegen-owned") + ":2";

        assertThatThrownBy(() -> Emitter.write(out(), files("manifests/dev/a.yaml", "a\n"), Set.of("manifests/dev/")))
                .isInstanceOf(EmitException.class)
                .extracting(e -> ((EmitException) e).findings())
                .isEqualTo(List.of(Finding.error(where, "", "output path 'manifests/dev/../../../etc/passwd' must not "
                        + "contain '..'", "remove the line; wwegen lists only paths inside the output folder")));
    }

    @Test
    void writtenBytesAreExactlyTheFileSetsBytes() throws Exception {
        byte[] bytes = "é\r\n\u0000".getBytes(StandardCharsets.UTF_8);
        Emitter.write(out(), FileSet.builder().add("bin/x", bytes).build(), Set.of());
        assertThat(Files.readAllBytes(out().resolve("bin/x"))).isEqualTo(bytes);
    }

    @Test
    void aFolderThatCannotBeCreatedStopsTheRunBeforeAnyFileIsWritten() {
        // Even root cannot create folders in /proc, so this holds where permission tests are skipped.
        Path proc = Path.of("/proc/wwegen-cannot-create");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        FileSet files = FileSet.builder().add("a.yaml", "a: 1\n").add("sub/b.yaml", "b: 1\n").build();
        assertThatThrownBy(() -> Emitter.write(proc, files, Set.of()))
                .isInstanceOf(EmitException.class)
                .satisfies(e -> assertThat(((EmitException) e).findings()).singleElement()
                        .satisfies(f -> assertThat(f.format()).startsWith("error  " + proc + " could not create folder "
                                + proc + ": ").endsWith("hint: nothing was written; choose another --out, or make the"
                                + " folder's parent writable")));
        assertThat(proc).doesNotExist();
    }
}
