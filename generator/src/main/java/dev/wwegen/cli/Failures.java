package dev.wwegen.cli;

import dev.wwegen.text.TerminalText;

import dev.wwegen.dsl.check.Finding;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.List;

/**
 * Turns what a command throws into an exit code and a message: {@link InputException} (bad input) is
 * 2 with its findings; anything else is an internal error, 3, with a stack trace only under --debug.
 */
final class Failures implements IExecutionExceptionHandler {

    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (ex instanceof InputException input) {
            print(err, input.findings());
            return Main.BAD_INPUT;
        }
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        return internal(ex, debug, err);
    }

    /** Reports an internal error (any exception or Error that is not bad input): exit 3, a trace under --debug. */
    static int internal(Throwable ex, boolean debug, PrintWriter err) {
        if (ex instanceof OutOfMemoryError) {
            System.gc();
        }
        err.println("internal error: " + TerminalText.visible(String.valueOf(ex)));
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("run again with --debug for the stack trace, and report it");
        }
        err.flush();
        return Main.INTERNAL;
    }

    /** Prints findings, then a summary line such as {@code 2 errors, 1 warning}. */
    static void print(PrintWriter to, List<Finding> findings) {
        findings.forEach(f -> to.println(TerminalText.finding(f)));
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        to.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
        to.flush();
    }

    static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
