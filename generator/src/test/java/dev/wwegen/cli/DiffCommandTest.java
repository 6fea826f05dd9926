package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wwegen diff} run black-box: exit codes and exact output for what the fixtures table does not cover. */
class DiffCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void equalSetsExitZero() throws IOException {
        Path a = write("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        assertThat(run("diff", a.toString(), a.toString())).isEqualTo(new CliRun(0, "0 changed, 0 added, 0 removed, 1 unchanged\n", ""));
    }

    @Test
    void unreadableInputExitsTwoWithEveryFinding() throws IOException {
        Path bad = write("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nkind: Secret\nmetadata: {name: x}\n");
        Path missing = dir.resolve("missing");
        CliRun run = run("diff", bad.toString(), missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error  " + bad + ":3:1 YAML: found duplicate key kind (while constructing a mapping)\n"
                + "       hint: fix the YAML syntax; every key may appear only once in a mapping\n"
                + "1 error, 0 warnings\n");
    }

    @Test
    void aMalformedIgnorePathIsBadInput() throws IOException {
        Path a = write("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        CliRun run = run("diff", a.toString(), a.toString(), "--ignore", "spec..x");
        assertThat(run).isEqualTo(new CliRun(2, "", "error  --ignore path 'spec..x' has an empty step at position 5\n"
                + "       hint: write keys with dots as metadata.labels[\"helm.sh/chart\"], items as containers[name=wwe]\n"
                + "1 error, 0 warnings\n"));
    }

    @Test
    void oneSideOnlyIsAUsageError() throws IOException {
        Path a = write("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        CliRun run = run("diff", a.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("give OLD and NEW, each a manifest file or folder, or a chart\nUsage: wwegen diff");
    }

    @Test
    void colourIsUsedOnlyWhenAsked() throws IOException {
        Path a = write("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {k: a}\n");
        Path b = write("b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {k: b}\n");
        String plain = "~ ConfigMap x\n-   data.k: a\n+   data.k: b\n\n1 changed, 0 added, 0 removed, 0 unchanged\n";
        assertThat(run("diff", a.toString(), b.toString()).out()).isEqualTo(plain);
        assertThat(run("diff", a.toString(), b.toString(), "--color=always").out()).isEqualTo(
                "\u001b[33m~ ConfigMap x\u001b[0m\n\u001b[31m-   data.k: a\u001b[0m\n\u001b[32m+   data.k: b\u001b[0m\n\n"
                        + "1 changed, 0 added, 0 removed, 0 unchanged\n");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
