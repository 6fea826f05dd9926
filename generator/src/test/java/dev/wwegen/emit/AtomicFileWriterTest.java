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
        AtomicFileWriter.write(new OutputRoot(temp), "a.yaml", "new\n".getBytes());
        assertThat(Files.readString(target)).isEqualTo("new\n");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedRenameRemovesTheTempFile() throws IOException {
        Path target = temp.resolve("busy");
        Files.createDirectories(target.resolve("child"));
        assertThatThrownBy(() -> AtomicFileWriter.write(new OutputRoot(temp), "busy", "x".getBytes()))
                .isInstanceOf(IOException.class);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aLinkAtTheTargetIsNotFollowedNorReplaced() throws IOException {
        Path victim = temp.resolve("victim");
        Files.writeString(victim, "victim\n");
        Path root = Files.createDirectories(temp.resolve("root"));
        Files.createSymbolicLink(root.resolve("a.yaml"), victim);
        assertThatThrownBy(() -> AtomicFileWriter.write(new OutputRoot(root), "a.yaml", "x".getBytes()))
                .isInstanceOf(OutputRoot.Blocked.class)
                .hasMessageContaining("is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("victim\n");
        assertThat(Files.isSymbolicLink(root.resolve("a.yaml"))).isTrue();
    }
}
