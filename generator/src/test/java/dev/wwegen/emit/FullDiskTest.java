package dev.wwegen.emit;

import static dev.wwegen.emit.CrashRecoveryTest.FILES;
import static dev.wwegen.emit.CrashRecoveryTest.SCOPES;
import static dev.wwegen.emit.CrashRecoveryTest.count;
import static dev.wwegen.emit.CrashRecoveryTest.version;
import static dev.wwegen.emit.CrashRecoveryTest.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 4 on a real full disk: a 64 KiB tmpfs, mounted by the test (CI runs as root; where mounting is refused the
 * test is skipped, and {@link CrashRecoveryTest} still covers the case through the fault-injection point). The set
 * does not fit: nothing may be left behind, and once the file system grows the next run must write everything.
 */
class FullDiskTest {

    @TempDir
    Path temp;

    private Path mount;

    @BeforeEach
    void mountSmallTmpfs() throws Exception {
        mount = Files.createDirectories(temp.resolve("small"));
        Result result = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString());
        Assumptions.assumeTrue(result.code == 0, "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): "
                + result.output.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    void aSetThatDoesNotFitLeavesNothingAndTheNextRunWritesItAllOnceThereIsSpace() throws Exception {
        Path out = mount.resolve("out");

        assertThatThrownBy(() -> Emitter.write(out, version("new"), SCOPES))
                .isInstanceOf(EmitException.class)
                .satisfies(e -> assertThat(((EmitException) e).findings()).singleElement()
                        .satisfies(f -> assertThat(f.format()).containsIgnoringCase("no space left on device")
                                .contains("hint: nothing was changed")));
        assertThat(versions(out).keySet()).containsOnly(OutputLock.FILE_NAME);

        assertThat(run("mount", "-o", "remount,size=1m", mount.toString()).code).isZero();
        EmitSummary next = Emitter.write(out, version("new"), SCOPES);

        assertThat(next.written()).hasSize(FILES);
        assertThat(count(versions(out), "new")).isEqualTo(FILES);
        assertThat(Emitter.check(out, version("new"), SCOPES)).isEmpty();
    }

    @Test
    void aFullDiskOverAnExistingSetLeavesTheOldSetWhole() throws Exception {
        Path out = mount.resolve("out");
        assertThat(run("mount", "-o", "remount,size=1m", mount.toString()).code).isZero();
        Emitter.write(out, version("old"), SCOPES);
        // fill the file system but for a few pages, so the new set's temp files cannot all be written
        Path filler = mount.resolve("filler");
        long free = Files.getFileStore(mount).getUsableSpace();
        Files.write(filler, new byte[(int) Math.max(0, free - 32 * 1024)]);

        assertThatThrownBy(() -> Emitter.write(out, version("new"), SCOPES)).isInstanceOf(EmitException.class);
        assertThat(count(versions(out), "old")).isEqualTo(FILES);
        assertThat(versions(out).keySet()).noneMatch(name -> name.contains(AtomicFileWriter.TEMP_PREFIX));

        Files.delete(filler);
        assertThat(Emitter.write(out, version("new"), SCOPES).written()).hasSize(FILES);
    }

    private record Result(int code, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out");
        }
        return new Result(process.exitValue(), output);
    }
}
