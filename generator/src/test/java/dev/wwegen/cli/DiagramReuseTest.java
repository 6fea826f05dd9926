package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate}, {@code generate --check} and {@code docs} use again an SVG the output folder holds when its
 * stamp proves it is the layout of the same source and unchanged, and lay out again an SVG that was edited.
 * A planted SVG with a consistent stamp but a body no layout draws shows which one was used.
 */
class DiagramReuseTest {

    private static final Pattern STAMP =
            Pattern.compile("^<!-- wwegen layout sha256:([0-9a-f]{64}) body sha256:([0-9a-f]{64}) -->\n");

    @TempDir
    Path dir;

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Replaces the SVG's body by {@code body}, with a stamp that still matches: a file reuse cannot tell apart. */
    private static void plant(Path svg, String body) throws Exception {
        Matcher stamp = STAMP.matcher(Files.readString(svg));
        assertThat(stamp.find()).as("stamp of " + svg).isTrue();
        Files.writeString(svg, "<!-- wwegen layout sha256:" + stamp.group(1) + " body sha256:" + sha256(body)
                + " -->\n" + body);
    }

    private static String withoutWarnings(String err) {
        return err.replaceAll("(?s)^warning .*? warnings?\n", "");
    }

    @Test
    void generateAndCheckUseAnUnchangedSvgAgainAndLayOutAnEditedOne() throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliRun.of("generate", "--profile", "dev", "--out", out.toString()).exit()).isZero();
        Path svg = out.resolve("docs/dev/data-flows.svg");
        String laidOut = Files.readString(svg);
        assertThat(STAMP.matcher(laidOut).find()).isTrue();

        String planted = "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- planted --></svg>\n";
        plant(svg, planted);
        CliRun check = CliRun.of("generate", "--profile", "dev", "--check", "--out", out.toString());
        // the SVG counts as current, and the page inlines its (planted) body: it was used, not laid out
        assertThat(withoutWarnings(check.err())).isEqualTo("changed  docs/dev/architecture.html\n"
                + "1 file not current; run ./wwegen generate\n");
        assertThat(CliRun.of("generate", "--profile", "dev", "--out", out.toString()).out())
                .endsWith("1 written, 38 unchanged, 0 deleted\n");
        assertThat(Files.readString(svg)).endsWith(planted);
        assertThat(Files.readString(out.resolve("docs/dev/architecture.html"))).contains("<!-- planted -->");

        Files.writeString(svg, laidOut.replace("Data flows", "Data flowz"));
        CliRun edited = CliRun.of("generate", "--profile", "dev", "--check", "--out", out.toString());
        assertThat(edited.exit()).isEqualTo(1);
        assertThat(withoutWarnings(edited.err())).isEqualTo("changed  docs/dev/architecture.html\n"
                + "changed  docs/dev/data-flows.svg\n"
                + "2 files not current; run ./wwegen generate\n");
        assertThat(CliRun.of("generate", "--profile", "dev", "--out", out.toString()).exit()).isZero();
        assertThat(Files.readString(svg)).isEqualTo(laidOut);
        assertThat(Files.readString(out.resolve("docs/dev/architecture.html"))).doesNotContain("planted");
        assertThat(CliRun.of("generate", "--profile", "dev", "--check", "--out", out.toString()).exit()).isZero();
    }

    @Test
    void anSvgWwegenDidNotWriteIsLaidOutAgain() throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliRun.of("generate", "--profile", "dev", "--out", out.toString()).exit()).isZero();
        Path svg = out.resolve("docs/dev/connections.svg");
        String laidOut = Files.readString(svg);
        plant(svg, "<svg><!-- planted --></svg>\n");
        Path ledger = out.resolve(".wwegen-owned");
        Files.writeString(ledger, Files.readString(ledger).replace("docs/dev/connections.svg\n", ""));
        CliRun check = CliRun.of("generate", "--profile", "dev", "--check", "--out", out.toString());
        assertThat(withoutWarnings(check.err())).isEqualTo("changed  docs/dev/connections.svg\n"
                + "1 file not current; run ./wwegen generate\n");
        assertThat(laidOut).doesNotContain("planted");
    }

    @Test
    void docsUsesAnUnchangedSvgAgain() throws Exception {
        Path page = dir.resolve("page");
        assertThat(CliRun.of("docs", "--out", page.toString()).exit()).isZero();
        Path svg = page.resolve("connections.svg");
        plant(svg, "<svg><!-- planted --></svg>\n");
        CliRun again = CliRun.of("docs", "--out", page.toString());
        assertThat(again.exit()).isZero();
        assertThat(Files.readString(svg)).endsWith("<svg><!-- planted --></svg>\n");
        assertThat(Files.readString(page.resolve("architecture.html"))).contains("<!-- planted -->");
    }
}
