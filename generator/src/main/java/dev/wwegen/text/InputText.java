package dev.wwegen.text;

import dev.wwegen.dsl.check.Finding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The one place wwegen reads text input (profiles, manifests, folders, standard input, values files), with
 * bounds: at most {@link Limits#maxBytes} bytes per input (read no further, so {@code /dev/zero} ends with a
 * message, not an OutOfMemoryError), no line longer than {@link Limits#maxLineBytes}, and strict UTF-8 (a bad
 * byte is named with its byte offset, line and column). Each problem is one {@link Finding} naming the input
 * and, for a limit, the limit and how to raise it ({@value #MAX_BYTES_ENV}, {@value #MAX_LINE_ENV}).
 */
public final class InputText {

    /** Environment variable that raises the size limit, in bytes or with a K, M or G suffix. */
    public static final String MAX_BYTES_ENV = "WWEGEN_MAX_INPUT_BYTES";
    /** Environment variable that raises the line-length limit, in bytes or with a K, M or G suffix. */
    public static final String MAX_LINE_ENV = "WWEGEN_MAX_LINE_BYTES";

    /**
     * The bounds of one input.
     *
     * @param maxBytes     the largest input, in bytes
     * @param maxLineBytes the longest line, in bytes
     */
    public record Limits(long maxBytes, long maxLineBytes) {

        /** 64 MiB per input, 1 MiB per line: far above any manifest Kubernetes accepts (etcd's ~1.5 MiB). */
        public static final Limits DEFAULT = new Limits(64L << 20, 1L << 20);

        /** The defaults, raised or lowered by the environment variables. */
        public static Limits fromEnvironment() {
            return from(System.getenv());
        }

        static Limits from(Map<String, String> environment) {
            return new Limits(size(environment, MAX_BYTES_ENV, DEFAULT.maxBytes),
                    size(environment, MAX_LINE_ENV, DEFAULT.maxLineBytes));
        }

        private static long size(Map<String, String> environment, String name, long fallback) {
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return parseSize(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + "=" + value + " is not a size such as 67108864 or 64M");
            }
        }
    }

    /**
     * Thrown when an input cannot be read within its bounds; carries the finding to report. An IOException,
     * so callers that only know "could not read" still stop.
     */
    public static final class UnreadableInputException extends IOException {

        private final transient Finding finding;

        UnreadableInputException(Finding finding) {
            super(finding.format());
            this.finding = finding;
        }

        public Finding finding() {
            return finding;
        }
    }

    private final Limits limits;

    public InputText(Limits limits) {
        this.limits = limits;
    }

    /** With the limits of {@link Limits#fromEnvironment()}. */
    public static InputText fromEnvironment() {
        return new InputText(Limits.fromEnvironment());
    }

    public Limits limits() {
        return limits;
    }

    /** Reads {@code file}, shown as {@code display} in messages. */
    public String read(Path file, String display) throws UnreadableInputException {
        // One stat for both questions: is it a regular file, and how large (a missing file fails at the open below).
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            attributes = null;
        }
        if (attributes != null && attributes.isRegularFile() && attributes.size() > limits.maxBytes) {
            throw tooLarge(display, attributes.size());
        }
        long expected = attributes != null && attributes.isRegularFile() ? attributes.size() : 0;
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, display, expected);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(display, e);
        }
    }

    /** Reads {@code in} to its end, or to the size limit; does not close it. */
    public String read(InputStream in, String display) throws UnreadableInputException {
        return read(in, display, 0);
    }

    private String read(InputStream in, String display, long expected) throws UnreadableInputException {
        byte[] bytes;
        try {
            bytes = bounded(in, display, expected);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(display, e);
        }
        checkLines(bytes, display);
        return decode(bytes, display);
    }

    /**
     * Every byte of {@code in}, or {@link #tooLarge} past the limit. {@code expected} bytes (a regular file's size,
     * at most the limit) are read straight into an array of that size; the rest, if the file grew or for a stream,
     * through a buffer.
     */
    private byte[] bounded(InputStream in, String display, long expected) throws IOException, UnreadableInputException {
        byte[] head = new byte[(int) Math.min(expected, Math.min(limits.maxBytes, Integer.MAX_VALUE - 8))];
        int read = in.readNBytes(head, 0, head.length);
        if (read < head.length) {
            return Arrays.copyOf(head, read);
        }
        int next = in.read();
        if (next < 0) {
            return head;
        }
        long total = head.length + 1L;
        if (total > limits.maxBytes) {
            throw tooLarge(display, -1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + 8192);
        out.write(head, 0, head.length);
        out.write(next);
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limits.maxBytes) {
                throw tooLarge(display, -1);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void checkLines(byte[] bytes, String display) throws UnreadableInputException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i - start > limits.maxLineBytes) {
                    throw new UnreadableInputException(Finding.error(display + ":" + line, "",
                            "line " + line + " is " + human(i - start) + " long, over the limit of "
                                    + human(limits.maxLineBytes) + " per line",
                            "break the value over several lines (a YAML block scalar |), or raise the limit with "
                                    + MAX_LINE_ENV + "=" + suggest(i - start)));
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static String decode(byte[] bytes, String display) throws UnreadableInputException {
        if (ascii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII); // the same text, without the decoder's buffers
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            StringBuilder hex = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02x", bytes[i] & 0xff));
            }
            throw new UnreadableInputException(Finding.error(display + ":" + line + ":" + column, "",
                    "not UTF-8 text: byte " + hex + " at byte offset " + offset + " is not valid UTF-8",
                    "save the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private UnreadableInputException tooLarge(String display, long size) {
        String reason = size >= 0 ? "the input is " + human(size) + ", over the limit of " + human(limits.maxBytes)
                : "the input is larger than the limit of " + human(limits.maxBytes) + " (stopped reading there)";
        return new UnreadableInputException(Finding.error(display, "", reason,
                "give a smaller input, or raise the limit with " + MAX_BYTES_ENV + "="
                        + suggest(size >= 0 ? size : limits.maxBytes * 2)));
    }

    private static UnreadableInputException unreadable(String display, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file" : "could not read it: " + e.getMessage();
        return new UnreadableInputException(Finding.error(display, "", TerminalText.visible(reason),
                "check that it exists and is a readable file"));
    }

    /** {@code 1.5 MiB}, {@code 12 KiB}, {@code 300 bytes}. */
    public static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return trim(bytes / (double) (1L << 30)) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return trim(bytes / (double) (1L << 20)) + " MiB";
        }
        if (bytes >= 1L << 10) {
            return trim(bytes / (double) (1L << 10)) + " KiB";
        }
        return bytes + " bytes";
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** A limit that admits {@code size}: the next whole MiB above it, written {@code 12M}. */
    private static String suggest(long size) {
        return ((size >> 20) + 1) + "M";
    }

    /** {@code 1048576}, {@code 1024K}, {@code 64M}, {@code 1G} (powers of 1024). */
    static long parseSize(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (text.endsWith("IB")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("B")) {
            text = text.substring(0, text.length() - 1);
        }
        switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
            case 'K' -> unit = 1L << 10;
            case 'M' -> unit = 1L << 20;
            case 'G' -> unit = 1L << 30;
            default -> { }
        }
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        long number = Long.parseLong(digits.strip());
        if (number <= 0) {
            throw new NumberFormatException(value);
        }
        return Math.multiplyExact(number, unit);
    }
}
