package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DocsCommandTest {

    @TempDir
    Path dir;

    @Test
    void docsWritesTheChosenFormatsForAProfile() throws Exception {
        CliRun run = CliRun.of("docs", "--profile", "prod", "--format", "json,csv", "--out", dir.toString());
        assertThat(run.exit()).isEqualTo(Main.OK);
        assertThat(run.out()).isEqualTo("prod: architecture page → " + dir + " (2 written, 0 unchanged, 0 deleted)\n");
        assertThat(Files.readString(dir.resolve("connections.json"))).contains("\"Genesys Web Services and Applications\"");
        assertThat(dir.resolve("connections.csv")).exists();
        assertThat(dir.resolve("architecture.md")).doesNotExist();
    }

    @Test
    void theDefaultPageHasTheMarkdownWithTheProfilesHost() throws Exception {
        assertThat(CliRun.of("docs", "--out", dir.toString()).exit()).isEqualTo(Main.OK);
        assertThat(Files.readString(dir.resolve("architecture.md"))).contains("wwe.dev.example.com");
        assertThat(dir.resolve("connections.svg")).exists();
    }

    @Test
    void anUnknownFormatIsABadUsage() {
        CliRun run = CliRun.of("docs", "--format", "pdf");
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("format 'pdf' is not one of markdown, svg, png");
    }

    @Test
    void anUnknownProfileIsBadInput() {
        CliRun run = CliRun.of("docs", "--profile", "nope", "--out", dir.resolve("x").toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
