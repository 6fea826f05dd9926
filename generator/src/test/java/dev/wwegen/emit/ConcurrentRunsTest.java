package dev.wwegen.emit;

import static dev.wwegen.emit.CrashRecoveryTest.FILES;
import static dev.wwegen.emit.CrashRecoveryTest.SCOPES;
import static dev.wwegen.emit.CrashRecoveryTest.count;
import static dev.wwegen.emit.CrashRecoveryTest.hasTemp;
import static dev.wwegen.emit.CrashRecoveryTest.version;
import static dev.wwegen.emit.CrashRecoveryTest.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer at a time: threads of one JVM and separate processes writing into one folder, and a real
 * {@code kill -9} of a writer between two renames (a child JVM blocked at that point by the fault hook).
 */
class ConcurrentRunsTest {

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    private static FileSet profile(String name, int files) {
        FileSet.Builder set = FileSet.builder();
        for (int i = 0; i < files; i++) {
            set.add("manifests/" + name + "/" + i + ".yaml", name + " " + i + "\n");
        }
        return set.build();
    }

    /** Defect 3: many rounds of four profiles written at once; every profile's files stay owned. */
    @Test
    void concurrentRunsIntoOneFolderKeepEveryRunsFilesOwned() throws Exception {
        List<String> names = List.of("dev", "staging", "prod", "openshift");
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        try {
            for (int round = 0; round < 10; round++) {
                int size = 5 + round % 3;
                List<Callable<EmitSummary>> runs = new ArrayList<>();
                for (String name : names) {
                    runs.add(() -> Emitter.write(out(), profile(name, size), Set.of("manifests/" + name + "/"),
                            new EmitSettings(Duration.ofSeconds(30), Faults.NONE)));
                }
                for (Future<EmitSummary> run : pool.invokeAll(runs)) {
                    run.get();
                }
                for (String name : names) {
                    assertThat(Emitter.check(out(), profile(name, size), Set.of("manifests/" + name + "/")))
                            .as("round %d, %s", round, name).isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        String ledger = Files.readString(out().resolve(Ledger.FILE_NAME));
        for (String name : names) {
            assertThat(ledger).contains("manifests/" + name + "/0.yaml\n");
        }
    }

    @Test
    void aRunWaitsForTheLockThenWrites() throws Exception {
        Files.createDirectories(out());
        OutputLock held = OutputLock.exclusive(new OutputRoot(out()), Duration.ZERO);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<EmitSummary> waiting = pool.submit(() -> Emitter.write(out(), profile("dev", 2), SCOPES,
                    new EmitSettings(Duration.ofSeconds(30), Faults.NONE)));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            assertThat(out().resolve("manifests")).doesNotExist();
            held.close();
            assertThat(waiting.get(30, TimeUnit.SECONDS).written()).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunThatCannotGetTheLockInTimeSaysWhoHoldsItAndWritesNothing() throws Exception {
        Process child = startChild(Faults.Step.STAGE, 3);
        try {
            awaitReady(child);
            Map<String, String> before = versions(out());

            assertThatThrownBy(() -> Emitter.write(out(), profile("dev", 2), SCOPES,
                    new EmitSettings(Duration.ofMillis(500), Faults.NONE)))
                    .isInstanceOf(EmitException.class)
                    .hasMessageContaining("error  " + out() + " the output folder is in use by another wwegen run (pid "
                            + child.pid() + " on ")
                    .hasMessageContaining("; waited 500 ms")
                    .hasMessageContaining("hint: let that run finish and run again, or wait longer with"
                            + " WWEGEN_LOCK_WAIT=SECONDS");
            assertThat(versions(out())).isEqualTo(before);
            // check waits for the writer too, rather than reporting its half-done state
            assertThatThrownBy(() -> Emitter.check(out(), profile("dev", 2), SCOPES,
                    new EmitSettings(Duration.ofMillis(200), Faults.NONE))).isInstanceOf(EmitException.class);
        } finally {
            child.destroyForcibly().waitFor();
        }
        // the OS released the killed child's lock
        assertThat(Emitter.write(out(), profile("dev", 2), SCOPES).notes())
                .containsExactly("undid an interrupted run that had not replaced any file yet");
    }

    /** Defect 5, for real: SIGKILL between two renames, then a new run recovers. */
    @Test
    void killNineBetweenRenamesIsRecoveredByTheNextRun() throws Exception {
        Emitter.write(out(), version("old"), SCOPES);
        Process child = startChild(Faults.Step.RENAME, 4);
        try {
            awaitReady(child);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Map<String, String> mixed = versions(out());
        assertThat(count(mixed, "new")).isEqualTo(4);
        assertThat(count(mixed, "old")).isEqualTo(FILES - 4);
        assertThat(Emitter.check(out(), version("new"), SCOPES))
                .contains(new Difference(Difference.Kind.INTERRUPTED, Journal.FILE_NAME));

        EmitSummary next = Emitter.write(out(), version("new"), SCOPES);

        assertThat(next.notes()).hasSize(1);
        Map<String, String> after = versions(out());
        assertThat(count(after, "new")).isEqualTo(FILES);
        assertThat(hasTemp(after)).isFalse();
        assertThat(Emitter.check(out(), version("new"), SCOPES)).isEmpty();
    }

    private Process startChild(Faults.Step step, int pass) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ChildWriter.class.getName(), out().toString(), step.name(), Integer.toString(pass))
                .redirectErrorStream(true).start();
    }

    private static void awaitReady(Process child) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("READY")) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child writer ended before it was ready:\n" + seen);
    }
}
