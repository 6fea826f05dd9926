package dev.wwegen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code wwegen} command. Exit codes: 0 ok; 1 error findings, or differences for diff and
 * {@code --check}; 2 bad usage or bad input; 3 internal error (stack trace only with {@code --debug}).
 */
@Command(name = "wwegen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Generates hardened Kubernetes manifests, a Helm chart and architecture docs for Genesys"
                + " Workspace Web Edition from one typed model.")
public final class Main {

    /**
     * The subcommands by name, in the order the usage text lists them. They are added to picocli's model in
     * {@link #commandLine}, not named in the annotation, so that a run builds the model (by reflection) of the
     * one command it runs only.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    private static final String NO_CLOSURES = "picocli.disable.closures";

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
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            // picocli's usage text, rendered ahead (HelpTextTest keeps it equal to the live one), without
            // building the model of every command first (most of the start-up of `wwegen --help`).
            String help = Help.text();
            if (help != null) {
                System.out.print(help);
                System.out.flush();
                System.exit(OK);
            }
        }
        if (System.getProperty(NO_CLOSURES) == null) {
            // picocli otherwise looks for Groovy's Closure class on the class path at every start, in vain
            // (about 15 ms); no command of wwegen is a closure.
            System.setProperty(NO_CLOSURES, "true");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("generate", GenerateCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("profiles", ProfilesCommand::new);
        commands.put("docs", DocsCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("package", PackageCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The command line for these arguments: with only the subcommand they name when they name one (the first
     * argument that is not an option), else with every subcommand (usage, suggestions for a mistyped name).
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (COMMANDS.containsKey(named)) {
            cli.addSubcommand(COMMANDS.get(named).get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        return cli;
    }

    /** Runs one command line with the given streams; what tests call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args);
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
            code = Failures.internal(e, Arrays.asList(args).contains("--debug"), err);
        }
        out.flush();
        err.flush();
        return code;
    }
}
