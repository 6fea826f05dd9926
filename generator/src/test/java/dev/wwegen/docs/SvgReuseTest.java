package dev.wwegen.docs;

import net.sourceforge.plantuml.version.Version;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SVG an earlier run wrote is used again only when its stamp says it is the layout of the same source, by the
 * same PlantUML and processing, and its body is unchanged; otherwise the source is laid out again. Each test draws
 * a source of its own, so no other test's layout (kept per JVM) stands in for the one under test.
 */
class SvgReuseTest {

    private static String source(String name) {
        return "@startuml\n!pragma layout smetana\n' " + SvgReuseTest.class.getName() + " " + name + "\n"
                + "rectangle \"" + name + "\" as a\nrectangle b\na --> b : 1\n@enduml\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void anSvgThatAnEarlierRunWroteFromTheSameSourceIsUsedInsteadOfALayout() {
        String source = source("planted");
        // consistent stamp, but a body no layout draws: only reuse can return it
        byte[] planted = SvgStamp.stamped(SvgStamp.key(source), utf8("<svg><!-- planted --></svg>\n"));
        byte[] svg = new SvgRenderer().svg(source, () -> Optional.of(planted.clone()));
        assertThat(text(svg)).isEqualTo(text(planted));
    }

    @Test
    void anEditedSvgIsLaidOutAgain() {
        String source = source("edited");
        byte[] planted = SvgStamp.stamped(SvgStamp.key(source), utf8("<svg><!-- planted --></svg>\n"));
        byte[] edited = text(planted).replace("planted -->", "edited! -->").getBytes(StandardCharsets.UTF_8);
        byte[] svg = new SvgRenderer().svg(source, () -> Optional.of(edited));
        assertThat(text(svg)).doesNotContain("edited!", "planted").contains("<svg", ">edited</text>");
        assertThat(svg).isEqualTo(new SvgRenderer().svg(source));
    }

    @Test
    void anSvgWhoseStampLineWasEditedIsLaidOutAgain() {
        String source = source("stamp edited");
        byte[] planted = SvgStamp.stamped(SvgStamp.key(source), utf8("<svg><!-- planted --></svg>\n"));
        byte[] edited = text(planted).replace("<!-- wwegen layout", "<!--  wwegen layout")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(text(new SvgRenderer().svg(source, () -> Optional.of(edited)))).doesNotContain("planted");
    }

    @Test
    void anSvgOfAnotherSourceIsLaidOutAgain() {
        String before = source("before");
        String after = source("after");
        byte[] ofBefore = new SvgRenderer().svg(before);
        byte[] svg = new SvgRenderer().svg(after, () -> Optional.of(ofBefore));
        assertThat(text(svg)).contains(">after</text>").doesNotContain(">before</text>");
        assertThat(SvgStamp.reusable(svg, SvgStamp.key(after))).isPresent();
        assertThat(SvgStamp.reusable(ofBefore, SvgStamp.key(after))).isEmpty();
    }

    @Test
    void anSvgWithoutStampIsLaidOutAgain() {
        String source = source("unstamped");
        byte[] laidOut = new SvgRenderer().svg(source);
        byte[] unstamped = SvgStamp.body(laidOut);
        assertThat(new SvgRenderer().svg(source, () -> Optional.of(unstamped))).isEqualTo(laidOut);
        assertThat(SvgStamp.reusable(unstamped, SvgStamp.key(source))).isEmpty();
    }

    @Test
    void aLaidOutSvgIsStampedAndReusedAsTheSameBytes() {
        String source = source("round trip");
        byte[] laidOut = new SvgRenderer().svg(source);
        assertThat(text(laidOut)).startsWith("<!-- wwegen layout sha256:" + SvgStamp.key(source) + " body sha256:")
                .contains("\n<svg").endsWith("</svg>\n");
        assertThat(SvgStamp.reusable(laidOut, SvgStamp.key(source))).hasValue(laidOut);
        assertThat(new SvgRenderer().svg(source, () -> Optional.of(laidOut.clone()))).isEqualTo(laidOut);
    }

    @Test
    void theKeyCoversTheSourceThePlantUmlVersionAndTheProcessingRevision() throws Exception {
        String source = source("key");
        String input = "wwegen svg revision " + SvgStamp.REVISION + "\nplantuml " + Version.versionString() + "\n"
                + source;
        assertThat(SvgStamp.key(source)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(utf8(input))));
        assertThat(SvgStamp.key(source + " ")).isNotEqualTo(SvgStamp.key(source));
    }

    @Test
    void aSecondFileOfASourceMadeAlreadyIsUsedWhenItIsTheSameBytesAndLaidOutWhenEdited() {
        String source = source("second file");
        byte[] made = new SvgRenderer().svg(source);
        assertThat(new SvgRenderer().svg(source, () -> Optional.of(made.clone()))).isEqualTo(made);
        byte[] edited = text(made).replace(">second file</text>", ">second fil3</text>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new SvgRenderer().svg(source, () -> Optional.of(edited))).isEqualTo(made);
    }
}
