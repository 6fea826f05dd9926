package dev.wwegen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each file in {@code profiles-bad/} starts with the exact findings wwegen must
 * print for it, as {@code #} comment lines; a file without such lines must load cleanly.
 */
class BadProfilesTest {

    private static final Path DIR = Path.of("src/test/resources/profiles-bad");
    private static final ProfileLoader LOADER = new ProfileLoader(ProfileSource.directory(DIR));

    static List<String> corpus() throws IOException {
        List<String> names = LOADER.names();
        assertThat(names).hasSizeGreaterThan(90);
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileReportsExactlyTheFindingsWrittenAtItsTop(String name) throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".yaml")).stream()
                .takeWhile(line -> line.startsWith("# "))
                .map(line -> line.substring(2))
                .toList();

        ProfileResult result = LOADER.load(name);

        List<String> actual = result.findings().stream()
                .flatMap(finding -> finding.format().lines())
                .toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(result.profile().isPresent()).isEqualTo(result.findings().stream().noneMatch(Finding::isError));
    }
}
