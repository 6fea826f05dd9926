package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path temp;

    @Test
    void replacesTheFileAndLeavesNoTempFile() throws IOException {
        Path target = temp.resolve("a.yaml");
        Files.writeString(target, "old\n");
        AtomicFileWriter.write(target, "new\n".getBytes());
        assertThat(Files.readString(target)).isEqualTo("new\n");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedRenameRemovesTheTempFile() throws IOException {
        Path target = temp.resolve("busy");
        Files.createDirectories(target.resolve("child"));
        assertThatThrownBy(() -> AtomicFileWriter.write(target, "x".getBytes())).isInstanceOf(IOException.class);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }
}
