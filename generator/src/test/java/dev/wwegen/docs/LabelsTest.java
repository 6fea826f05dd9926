package dev.wwegen.docs;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The writers' text rules, held to the regular expressions they replaced. */
class LabelsTest {

    private static final String[] TEXTS = {"", "plain", "two\nlines", "a\r\n\r\nb", "\rlead", "trail\n", "x \n y",
            "ünï\ncødé", "emoji 😀\n", "tab\there"};

    @Test
    void oneLineIsTheRegularExpressionsResult() {
        for (String text : TEXTS) {
            assertThat(Labels.oneLine(text)).as(text).isEqualTo(text.replaceAll("[\\r\\n]+", " "));
        }
    }

    @Test
    void identifierReplacesEveryCodePointButAsciiLettersAndDigits() {
        for (String text : new String[]{"digital-channels", "GWS v2", "ünï", "a😀b", "", "x_1"}) {
            assertThat(Labels.identifier(text)).as(text).isEqualTo(text.replaceAll("[^A-Za-z0-9]", "_"));
        }
        assertThat(Labels.identifier("a😀b")).isEqualTo("a_b");
    }

    @Test
    void markdownCellsAndLinesKeepTheirRules() {
        for (String text : TEXTS) {
            assertThat(MarkdownPageWriter.cell(text)).as(text).isEqualTo(text.replace("\\", "\\\\")
                    .replace("|", "\\|").replace("<", "&lt;").replaceAll("\r\n|\r|\n", "<br>"));
        }
    }

    @Test
    void anSvgIsStrippedAsStringStripWouldStripIt() {
        for (String svg : new String[]{"<svg/>", "  \n<svg>x</svg>\n\n", "\t\u001c<svg/>\u001f ", "   ", "",
                "\u2003<svg/>\u2003", "<svg>ü</svg>\u00a0", "\u3000 <svg/> \u2029"}) {
            byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
            assertThat(new String(HtmlPageWriter.stripped(bytes), StandardCharsets.UTF_8)).as(svg)
                    .isEqualTo(svg.strip());
        }
    }
}
