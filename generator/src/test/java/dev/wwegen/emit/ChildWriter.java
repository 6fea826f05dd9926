package dev.wwegen.emit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A separate JVM that writes {@link CrashRecoveryTest#version} "new" into a folder and stops at a given step, prints
 * {@code READY} and blocks, so the test can {@code kill -9} it at exactly that point, or try to write while it holds
 * the lock. Arguments: the folder, the step (STAGE or RENAME), and how many of that step to let pass first.
 */
final class ChildWriter {

    private ChildWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Faults.Step stop = Faults.Step.valueOf(args[1]);
        int pass = Integer.parseInt(args[2]);
        AtomicInteger seen = new AtomicInteger();
        Faults block = (step, path) -> {
            if (step == stop && seen.getAndIncrement() == pass) {
                System.out.println("READY");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Emitter.write(root, CrashRecoveryTest.version("new"), CrashRecoveryTest.SCOPES,
                new EmitSettings(Duration.ofSeconds(30), block));
    }
}
