package dev.wwegen.cli;

import dev.wwegen.text.InputText;
import dev.wwegen.verify.input.InputReader;
import dev.wwegen.verify.input.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that is too big, too long, too deep, not UTF-8 or otherwise hostile: each gets a clear message naming
 * the file, its line and the limit, exit 2, and never a stack trace or a raw parser message.
 */
class BoundedInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static CliRun validate(Path file) {
        return CliRun.of("validate", file.toString(), "--no-kubeconform", "--policy", "off", "--color=never");
    }

    @Test
    void anEndlessStandardInputEndsAtTheLimitNotInAnOutOfMemoryError() {
        InputStream zeros = dev.wwegen.text.InputTextTest.zeros();
        Inputs inputs = new InputReader(zeros, List.of(), "", "1.34").read(List.of("-"));
        assertThat(inputs.unreadable()).singleElement().satisfies(f -> assertThat(f.format()).isEqualTo(
                "error  <stdin> the input is larger than the limit of 64 MiB (stopped reading there)\n"
                        + "       hint: give a smaller input, or raise the limit with WWEGEN_MAX_INPUT_BYTES=129M"));
    }

    @Test
    void aFileOverTheSizeLimitIsBadInputNamingTheLimit() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(65L << 20);
        }
        CliRun run = validate(big);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error  " + big + " the input is 65 MiB, over the limit of 64 MiB\n"
                + "       hint: give a smaller input, or raise the limit with WWEGEN_MAX_INPUT_BYTES=66M\n"
                + "1 error, 0 warnings\n");
    }

    @Test
    void aVeryLongLineIsRefusedAtOnceInManifestsAndProfiles() throws IOException {
        String value = "x".repeat((1 << 20) + 10);
        Path manifest = write("long.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: b}\n"
                + "data:\n  k: " + value + "\n");
        long start = System.nanoTime();
        CliRun run = validate(manifest);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error  " + manifest + ":5 line 5 is 1 MiB long, over the limit of 1 MiB per line");
        write("profiles/dev.yaml", Files.readString(Path.of("../profiles/dev.yaml"))
                .replace("description: \"Development, single replica\"", "description: " + value));
        CliRun profile = CliRun.of("profiles", "show", "dev", "--profiles", dir.resolve("profiles").toString());
        assertThat(profile.exit()).isEqualTo(2);
        assertThat(profile.err()).startsWith("error  " + dir.resolve("profiles") + "/dev.yaml:3 line 3 is 1 MiB long");
        assertThat(System.nanoTime() - start).as("rejected without parsing").isLessThan(30_000_000_000L);
    }

    @Test
    void nonUtf8InputNamesTheByteOffsetAndLine() throws IOException {
        Path latin = dir.resolve("latin.yaml");
        Files.write(latin, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\u00e9}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = validate(latin);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error  " + latin + ":3:21 not UTF-8 text: byte 0xe9 at byte offset 51 is not"
                + " valid UTF-8\n       hint: save the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)\n"
                + "1 error, 0 warnings\n");
        write("profiles/dev.yaml", "description: x\n");
        Files.write(dir.resolve("profiles/dev.yaml"), "description: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun profile = CliRun.of("profiles", "show", "dev", "--profiles", dir.resolve("profiles").toString());
        assertThat(profile.exit()).isEqualTo(2);
        assertThat(profile.err()).startsWith("error  " + dir.resolve("profiles") + "/dev.yaml:1:17 not UTF-8 text");
    }

    @Test
    void aYamlBombIsStoppedWithALineAndPlainWords() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        CliRun run = validate(write("bomb.yaml", bomb.toString()));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("YAML: more aliases (*name) to mappings or lists than the limit of 50"
                + " (this is how a YAML bomb expands)").contains("hint: write the repeated parts out")
                .doesNotContain("Number of aliases", "max=");
        write("profiles/dev.yaml", bomb.toString());
        CliRun profile = CliRun.of("profiles", "show", "dev", "--profiles", dir.resolve("profiles").toString());
        assertThat(profile.exit()).isEqualTo(2);
        assertThat(profile.err()).containsPattern("dev.yaml:\\d+:\\d+ YAML error: more aliases \\(\\*name\\) to mappings"
                + " or lists than the limit of 10");
    }

    @Test
    void deepNestingIsStoppedWithALine() throws IOException {
        String deep = "a: " + "[".repeat(300) + "]".repeat(300) + "\n";
        CliRun run = validate(write("deep.yaml", deep));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("  error  1 YAML: mappings")
                .contains("YAML: mappings and lists nested deeper than the limit of 200 levels")
                .contains("hint: flatten the document").doesNotContain("Nesting Depth");
    }

    @Test
    void aSyntaxErrorInALaterDocumentIsNotPinnedOnTheObjectBeforeIt() throws IOException {
        Path file = write("multi.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\n---\n"
                + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b, namespace: x}\ndata:\n  k: [v\n  j: w\n");
        CliRun run = validate(file);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("  error  10 YAML: expected ',' or ']'").doesNotContain("ConfigMap x/a");
    }

    @Test
    void theSameObjectTwiceIsAnError() throws IOException {
        String object = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\ndata: {k: %s}\n";
        Path file = write("twice.yaml", object.formatted("one") + "---\n" + object.formatted("two"));
        CliRun run = validate(file);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("  error  8  ConfigMap x/a /metadata/name: ConfigMap `a` is defined twice;"
                + " also at " + file + ":1 (applied together, the later one replaces the earlier) [schema"
                + " duplicate-object]");
        Path other = write("other-namespace.yaml", object.formatted("one") + "---\n"
                + object.formatted("two").replace("namespace: x", "namespace: y"));
        assertThat(validate(other).out()).doesNotContain("defined twice");
    }

    @Test
    void configMapDataOverOneMebibyteIsAnError() throws IOException {
        String half = "x".repeat(600 * 1024);
        Path file = write("big-config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\n"
                + "data:\n  one: " + half + "\n  two: " + half + "\n");
        CliRun run = validate(file);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("ConfigMap x/a /data: ConfigMap `a` holds 1.2 MiB of data, over the 1 MiB the"
                + " API server accepts [schema object-size]");
        Path small = write("small-config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\n"
                + "data:\n  one: " + half + "\n");
        assertThat(validate(small).exit()).isZero();
    }

    @Test
    void anUnknownDocsFormatListsTheChoicesWithoutAJavaClassName() {
        CliRun run = CliRun.of("docs", "--format", "bogus", "--out", dir.resolve("docs").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--format' (FORMAT): format 'bogus' is not one of"
                + " markdown, svg, png").doesNotContain("java.lang", "Exception");
    }

    @Test
    void anErrorIsAnInternalErrorWithoutATraceUnlessDebugging() {
        StringWriter err = new StringWriter();
        int exit = Failures.internal(new OutOfMemoryError("Java heap space"), false, new PrintWriter(err));
        assertThat(exit).isEqualTo(Main.INTERNAL);
        assertThat(err.toString()).isEqualTo("internal error: java.lang.OutOfMemoryError: Java heap space\n"
                + "run again with --debug for the stack trace, and report it\n");
        StringWriter debug = new StringWriter();
        Failures.internal(new StackOverflowError(), true, new PrintWriter(debug));
        assertThat(debug.toString()).contains("\tat dev.wwegen.cli.BoundedInputTest");
    }

    @Test
    void limitsAreDocumentedWhereTheyAreRaised() {
        assertThat(InputText.Limits.DEFAULT).isEqualTo(new InputText.Limits(64L << 20, 1L << 20));
    }
}
