package dev.wwegen.verify.kubeconform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kubeconform that hangs is killed at the timeout; one that fails or prints nonsense is a failure. */
class KubeconformProcessTest {

    @TempDir
    Path dir;

    private Path script(String body) throws IOException {
        Path script = dir.resolve("kubeconform");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void aHangingKubeconformIsKilledAtTheTimeout() throws IOException {
        Path hang = script("echo started; exec sleep 60");
        long start = System.nanoTime();
        assertThatThrownBy(() -> new KubeconformRunner(hang, 1).version())
                .hasMessage(hang + " did not finish within 1 s");
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    }

    @Test
    void aFailingKubeconformIsAFailureNamingItsExitAndOutput() throws IOException {
        Path failing = script("echo 'boom\u001b[2J'; exit 3");
        assertThatThrownBy(() -> new KubeconformRunner(failing).version())
                .hasMessage(failing + " -v exited 3: boom\\u001b[2J");
        assertThatThrownBy(() -> new KubeconformRunner(Path.of("/bin/false")).version())
                .hasMessage("/bin/false -v exited 1: no output");
    }
}
