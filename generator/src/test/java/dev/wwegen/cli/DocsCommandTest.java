package dev.wwegen.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class DocsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void docsListsTheFilesOfTheChosenFormats() {
        assertThat(run("docs", "--format", "json,csv", "--out", "build/docs")).isEqualTo(Main.OK);
        assertThat(out.toString()).containsPattern("build/docs/connections\\.csv \\(\\d+ bytes\\)\\n"
                + "build/docs/connections\\.json \\(\\d+ bytes\\)\\n2 files;");
    }

    @Test
    void anUnknownFormatIsABadUsage() {
        assertThat(run("docs", "--format", "pdf")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("format 'pdf' is not one of markdown, svg, png");
    }
}
