package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** An internal error is exit 3 with one line and advice; the stack trace appears only with --debug. */
class FailuresTest {

    private static String handle(String... args) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(args);
        int code = new Failures(new PrintWriter(err)).handleExecutionException(
                new IllegalStateException("boom"), cli, cli.parseArgs(args));
        assertThat(code).isEqualTo(Main.INTERNAL);
        return err.toString();
    }

    @Test
    void internalErrorsAreExitThreeWithoutAStackTrace() throws Exception {
        assertThat(handle("generate")).isEqualTo("internal error: java.lang.IllegalStateException: boom\n"
                + "run again with --debug for the stack trace, and report it\n");
    }

    @Test
    void debugPrintsTheStackTrace() throws Exception {
        assertThat(handle("--debug", "generate")).startsWith("internal error: java.lang.IllegalStateException: boom\n"
                + "java.lang.IllegalStateException: boom\n\tat ");
    }
}
