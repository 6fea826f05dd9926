package dev.wwegen.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of before/after fixtures, one folder per kind of change under
 * {@code src/test/resources/diff/cases/NAME/}: {@code old} and {@code new} (a file {@code .yaml} or a
 * folder), optional {@code args} (one argument a line), and the expected {@code expected.txt} and
 * {@code exit}. Runs {@code wwegen diff} black-box and compares the exact output.
 * {@code -Dwwegen.golden.update=true} rewrites the expectations.
 */
class DiffFixturesTest {

    static final Path CASES = Path.of(System.getProperty("wwegen.root", ".."),
            "generator/src/test/resources/diff/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diffPrintsWhatTheFixtureExpects(String name) throws IOException {
        Path folder = CASES.resolve(name);
        List<String> args = new ArrayList<>(List.of("diff", side(folder, "old"), side(folder, "new")));
        Path argsFile = folder.resolve("args");
        if (Files.exists(argsFile)) {
            Files.readAllLines(argsFile).stream().filter(line -> !line.isBlank()).forEach(args::add);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

        Path expected = folder.resolve("expected.txt");
        Path expectedExit = folder.resolve("exit");
        if (Boolean.getBoolean("wwegen.golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, out.toString(), StandardCharsets.UTF_8);
            Files.writeString(expectedExit, exit + "\n");
        }
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(Integer.parseInt(Files.readString(expectedExit).strip()));
    }

    private static String side(Path folder, String name) {
        Path file = folder.resolve(name + ".yaml");
        return (Files.exists(file) ? file : folder.resolve(name)).toString();
    }
}
