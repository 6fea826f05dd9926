package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PackageCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheArchiveAndChecksumThroughTheEmitterAndTheSameBytesTwice() throws Exception {
        Path out = dir.resolve("dist");
        CliRun first = CliRun.of("package", "--out", out.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        Path tgz = out.resolve("wwe-100.0.1+0113.tgz");
        byte[] bytes = Files.readAllBytes(tgz);
        assertThat(Files.readString(out.resolve("wwe-100.0.1+0113.tgz.sha256"))).endsWith("  wwe-100.0.1+0113.tgz\n");
        assertThat(Files.readString(out.resolve(".wwegen-owned"))).contains("wwe-100.0.1+0113.tgz");
        assertThat(first.out()).contains("sha256:").contains("2 written");
        CliRun second = CliRun.of("package", "--out", out.toString());
        assertThat(second.out()).contains("0 written, 2 unchanged");
        assertThat(Files.readAllBytes(tgz)).isEqualTo(bytes);
    }

    @Test
    void neverOverwritesAFileItDoesNotOwn() throws Exception {
        Path out = Files.createDirectories(dir.resolve("dist"));
        Files.writeString(out.resolve("wwe-100.0.1+0113.tgz"), "mine");
        CliRun run = CliRun.of("package", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("wwe-100.0.1+0113.tgz"))).isEqualTo("mine");
    }
}
