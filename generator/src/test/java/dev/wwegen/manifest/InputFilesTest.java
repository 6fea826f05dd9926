package dev.wwegen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wwegen.dsl.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The manifests a folder holds: regular files and links to them, by name, sorted; nothing else. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFolderGivesItsManifestsAndLinksToManifestsInSortedOrder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in/b"));
        Files.writeString(sub.resolve("z.yaml"), "a: 1\n");
        Files.writeString(dir.resolve("in/a.YML"), "a: 1\n");
        Files.writeString(dir.resolve("in/c.json"), "{}");
        Files.writeString(dir.resolve("in/notes.txt"), "x");
        Files.createDirectories(dir.resolve("in/d.yaml"));
        Path outside = Files.writeString(dir.resolve("outside.yaml"), "a: 1\n");
        Files.createSymbolicLink(dir.resolve("in/linked.yaml"), outside);
        Files.createSymbolicLink(dir.resolve("in/dangling.yaml"), dir.resolve("missing.yaml"));
        Files.createSymbolicLink(dir.resolve("in/folder.yaml"), sub);

        List<Finding> findings = new ArrayList<>();
        List<Path> files = InputFiles.under(dir.resolve("in"), findings::add);
        assertThat(files).containsExactly(dir.resolve("in/a.YML"), sub.resolve("z.yaml"), dir.resolve("in/c.json"),
                dir.resolve("in/linked.yaml"));
        assertThat(findings).isEmpty();
        assertThat(InputFiles.under(dir.resolve("in/linked.yaml"), findings::add)).containsExactly(dir.resolve("in/linked.yaml"));
    }
}
