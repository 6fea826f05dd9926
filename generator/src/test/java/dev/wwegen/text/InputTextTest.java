package dev.wwegen.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bounded input: size, line length and UTF-8, each named with the input, its line and the limit. */
public class InputTextTest {

    @TempDir
    Path dir;

    private final InputText small = new InputText(new InputText.Limits(1024, 64));

    /** An endless stream of zero bytes, like /dev/zero. */
    public static InputStream zeros() {
        return new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
    }

    @Test
    void anEndlessStreamStopsAtTheLimitWithAMessage() {
        assertThatThrownBy(() -> small.read(zeros(), "<stdin>"))
                .isInstanceOfSatisfying(InputText.UnreadableInputException.class, e -> assertThat(e.finding().format())
                        .isEqualTo("error  <stdin> the input is larger than the limit of 1 KiB (stopped reading there)\n"
                                + "       hint: give a smaller input, or raise the limit with WWEGEN_MAX_INPUT_BYTES=1M"));
    }

    @Test
    void aLargeFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength((64L << 20) + 1);
        }
        assertThatThrownBy(() -> new InputText(InputText.Limits.DEFAULT).read(big, "big.yaml"))
                .isInstanceOfSatisfying(InputText.UnreadableInputException.class, e -> assertThat(e.finding().reason())
                        .isEqualTo("the input is 64 MiB, over the limit of 64 MiB"));
    }

    @Test
    void aLongLineIsNamedWithItsNumberAndTheLimit() {
        String text = "a: 1\nb: " + "x".repeat(100) + "\n";
        assertThatThrownBy(() -> small.read(stream(text), "p.yaml"))
                .isInstanceOfSatisfying(InputText.UnreadableInputException.class, e -> assertThat(e.finding().format())
                        .isEqualTo("error  p.yaml:2 line 2 is 103 bytes long, over the limit of 64 bytes per line\n"
                                + "       hint: break the value over several lines (a YAML block scalar |), or raise"
                                + " the limit with WWEGEN_MAX_LINE_BYTES=1M"));
    }

    @Test
    void invalidUtf8IsNamedWithByteOffsetLineAndColumn() throws IOException {
        byte[] bytes = "a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path latin = dir.resolve("latin.yaml");
        Files.write(latin, bytes);
        assertThatThrownBy(() -> small.read(latin, "latin.yaml"))
                .isInstanceOfSatisfying(InputText.UnreadableInputException.class, e -> assertThat(e.finding().format())
                        .isEqualTo("error  latin.yaml:2:7 not UTF-8 text: byte 0xe9 at byte offset 11 is not valid"
                                + " UTF-8\n       hint: save the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"));
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkReadsAsText() throws IOException {
        assertThat(small.read(stream("\ufeffname: ünï ✓\n"), "x")).isEqualTo("name: ünï ✓\n");
        assertThat(small.read(stream("x".repeat(64)), "x")).hasSize(64);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> small.read(dir.resolve("none.yaml"), "none.yaml"))
                .isInstanceOfSatisfying(InputText.UnreadableInputException.class, e -> assertThat(e.finding().format())
                        .startsWith("error  none.yaml no such file"));
    }

    @Test
    void limitsComeFromTheEnvironmentInBytesOrWithAUnit() {
        assertThat(InputText.Limits.from(Map.of())).isEqualTo(InputText.Limits.DEFAULT);
        assertThat(InputText.Limits.from(Map.of(InputText.MAX_BYTES_ENV, "128M", InputText.MAX_LINE_ENV, "4096")))
                .isEqualTo(new InputText.Limits(128L << 20, 4096));
        assertThat(InputText.parseSize("2GiB")).isEqualTo(2L << 30);
        assertThatThrownBy(() -> InputText.Limits.from(Map.of(InputText.MAX_BYTES_ENV, "lots")))
                .hasMessage("WWEGEN_MAX_INPUT_BYTES=lots is not a size such as 67108864 or 64M");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
