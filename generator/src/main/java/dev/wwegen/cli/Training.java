package dev.wwegen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the {@code ./wwegen} launcher records a class-data archive from (JDK 17 AppCDS, or the JDK 25 AOT
 * cache): the commands users run most, in one JVM, so the archive holds the classes they load. Not a user
 * command; the launcher calls it as {@code java -XX:ArchiveClassesAtExit=... -cp wwegen.jar
 * dev.wwegen.cli.Training WORK_DIR [PROFILES_DIR [FLEET_FILE]]}.
 *
 * <p>It writes only under WORK_DIR (a folder the launcher made and removes) and fails when a command does
 * not end as it must, so a broken jar never leaves an archive behind.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        String out = work.resolve("output").toString();
        List<String> profiles = args.length > 1 ? List.of("--profiles", args[1]) : List.of();
        List<String> fleet = args.length > 2 ? List.of("--fleet", args[2]) : List.of();
        run(Main.OK, "--version");
        run(Main.OK, "--help");
        List<String> generate = List.of("generate", "--all-profiles", "--out", out);
        if (fleet.isEmpty() || code(with(generate, profiles, fleet)) != Main.OK) {
            // A fleet file that does not generate with these profiles (one being edited, say) is left out: the
            // archive then lacks the fleet's classes, which is better than no archive at all.
            fleet = List.of();
            run(Main.OK, with(generate, profiles));
        }
        run(Main.OK, with(List.of("generate", "--all-profiles", "--check", "--out", out), profiles, fleet));
        // One profile's folder (profiles may share a namespace); findings (exit 1) are fine here, it is
        // the code path that is recorded.
        try (var folders = Files.list(work.resolve("output").resolve("manifests"))) {
            for (Path folder : folders.sorted().limit(1).toList()) {
                run(Main.FINDINGS, "validate", folder.toString());
            }
        }
        run(Main.OK, with(List.of("profiles", "list"), profiles));
    }

    @SafeVarargs
    private static String[] with(List<String> command, List<String>... more) {
        return Stream.concat(command.stream(), Stream.of(more).flatMap(List::stream)).toArray(String[]::new);
    }

    /** Runs a command and tells how it exited, whatever it printed. */
    private static int code(String... args) {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        return Main.run(nowhere, nowhere, args);
    }

    /** Runs a command; it must exit with at most {@code worst}. */
    private static void run(int worst, String... args) {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        int code = Main.run(writer, writer, args);
        if (code > worst) {
            throw new IllegalStateException("training run 'wwegen " + String.join(" ", args) + "' exited " + code
                    + ", worse than " + worst + ":\n" + text);
        }
    }
}
