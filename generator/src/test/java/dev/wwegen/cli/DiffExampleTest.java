package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.wwegen.cli.DiffCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of {@code wwegen diff --output markdown}, kept in {@code docs/diff-example.md} and
 * between the README's {@code diff-example} markers, and
 * made here from a real profile change, so it never goes stale: the shipped staging profile, then the same
 * with three replicas and gws at a new URL, each generated, then diffed. {@code -Dwwegen.golden.update=true}
 * rewrites the file.
 */
class DiffExampleTest {

    static final Path ROOT = Path.of(System.getProperty("wwegen.root", ".."));
    static final Path EXAMPLE = ROOT.resolve("docs/diff-example.md");
    static final Path README = ROOT.resolve("README.md");
    static final String START = "<!-- diff-example:start -->";
    static final String END = "<!-- diff-example:end -->";
    static final String HEADER = "Made by `DiffExampleTest` from a real change of `profiles/staging.yaml` (replicas"
            + " 2 → 3, gws at a new URL): both versions generated, then `wwegen diff --output markdown --profile"
            + " staging OLD NEW`.\n\n";

    @TempDir
    Path dir;

    @Test
    void theMarkdownExampleIsWhatDiffPrintsForARealProfileChange() throws IOException {
        String staging = Files.readString(ROOT.resolve("profiles/staging.yaml"), StandardCharsets.UTF_8);
        String changed = staging.replace("replicas: 2", "replicas: 3")
                .replace("https://gws.staging.example.com", "https://gws-eu.staging.example.com");
        assertThat(changed).as("the example's edit still applies to profiles/staging.yaml").isNotEqualTo(staging)
                .contains("replicas: 3", "gws-eu");
        Path old = generate("old", staging);
        Path now = generate("new", changed);

        var diff = run("diff", "--output", "markdown", "--profile", "staging", old.toString(), now.toString());

        assertThat(diff.err()).isEmpty();
        assertThat(diff.exit()).isEqualTo(1);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("wwegen.golden.update")) {
            Files.writeString(EXAMPLE, HEADER + diff.out(), StandardCharsets.UTF_8);
            Files.writeString(README, readme.substring(0, readme.indexOf(START) + START.length()) + "\n" + diff.out()
                    + readme.substring(readme.indexOf(END)), StandardCharsets.UTF_8);
            readme = Files.readString(README, StandardCharsets.UTF_8);
        }
        assertThat(HEADER + diff.out()).as("docs/diff-example.md; rewrite it with -Dwwegen.golden.update=true")
                .isEqualTo(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        assertThat(readme.substring(readme.indexOf(START) + START.length() + 1, readme.indexOf(END)))
                .as("README.md between the diff-example markers; rewrite it with -Dwwegen.golden.update=true")
                .isEqualTo(diff.out());
    }

    /** Generates {@code profile} as staging into {@code dir/side}; returns its manifests folder. */
    private Path generate(String side, String profile) throws IOException {
        Path profiles = Files.createDirectories(dir.resolve(side).resolve("profiles"));
        Files.writeString(profiles.resolve("staging.yaml"), profile, StandardCharsets.UTF_8);
        Path out = dir.resolve(side).resolve("output");
        var generate = run("generate", "--profiles", profiles.toString(), "--profile", "staging", "--out", out.toString());
        assertThat(generate.exit()).as(generate.err()).isZero();
        return out.resolve("manifests/staging");
    }
}
