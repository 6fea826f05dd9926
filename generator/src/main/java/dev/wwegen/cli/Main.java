package dev.wwegen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * The {@code wwegen} command. Exit codes: 0 ok; 1 error findings, or differences for diff and
 * {@code --check}; 2 bad usage or bad input; 3 internal error (stack trace only with {@code --debug}).
 */
@Command(name = "wwegen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Generates hardened Kubernetes manifests, a Helm chart and architecture docs for Genesys"
                + " Workspace Web Edition from one typed model.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, SchemaCommand.class, ProfilesCommand.class,
                DocsCommand.class, DiffCommand.class, PackageCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean debug;

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The same line picocli prints, without building the model of every command first (most of the
            // start-up of `wwegen --version`).
            System.out.println(new Version().getVersion()[0]);
            System.exit(OK);
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Runs one command line with the given streams; what tests call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures(err));
        int code;
        try {
            dev.wwegen.text.InputText.Limits.fromEnvironment();
        } catch (IllegalArgumentException e) {
            Failures.print(err, java.util.List.of(dev.wwegen.dsl.check.Finding.error("environment", "", e.getMessage(),
                    "unset it, or give a number of bytes, optionally with K, M or G")));
            return BAD_INPUT;
        }
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // What picocli does not hand to Failures, an Error above all (OutOfMemoryError, StackOverflowError).
            code = Failures.internal(e, java.util.Arrays.asList(args).contains("--debug"), err);
        }
        out.flush();
        err.flush();
        return code;
    }
}
