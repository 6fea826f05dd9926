package dev.wwegen.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-profile corpus through the CLI: every file whose header expects an error makes
 * {@code wwegen generate} exit 2, print those findings (file:line:column, key, hint) and write nothing.
 */
class BadProfileCorpusTest {

    private static final Path DIR = Path.of("src/test/resources/profiles-bad");

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted()
                    .filter(n -> n.endsWith(".yaml")).toList();
            return names.stream().filter(n -> expected(n).stream().anyMatch(l -> l.startsWith("error ")))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()));
        }
    }

    private static List<String> expected(String file) {
        try {
            return Files.readAllLines(DIR.resolve(file)).stream().takeWhile(l -> l.startsWith("# "))
                    .map(l -> l.substring(2)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badProfileIsExitTwoWithItsFindingsAndNothingWritten(String name, @TempDir Path dir) {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("generate", "--profiles", DIR.toString(), "--profile", name, "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(String.join("\n", expected(name + ".yaml")) + "\n");
        assertThat(run.err()).containsPattern("\\d+ errors?, \\d+ warnings?\n$");
        assertThat(out).doesNotExist();
    }
}
