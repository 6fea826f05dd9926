package dev.wwegen.docs;

import net.sourceforge.plantuml.version.Version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The first line of every SVG wwegen writes, an XML comment that says what the drawing was laid out from and
 * lets a later run reuse the file instead of laying it out again:
 *
 * <pre>{@code <!-- wwegen layout sha256:<key> body sha256:<body> -->}</pre>
 *
 * <p>{@code key} is the SHA-256 of what decides the drawing: the PlantUML source, PlantUML's version and
 * {@link #REVISION} (wwegen's own processing of PlantUML's output); {@code body} is the SHA-256 of the rest of the
 * file. A file is reusable only when its key is this source's key and its body still has the recorded hash, so
 * an edited file is laid out again (and {@code generate --check} reports it), and a new PlantUML or a new
 * processing lays everything out again. The stamp is a checksum against mistakes, not a signature.
 *
 * <p>Upgrading PlantUML therefore changes the first line of every SVG, also where the drawing stays the same.
 */
final class SvgStamp {

    /** Raise when what wwegen does to PlantUML's SVG changes (the stamp's format included). */
    static final int REVISION = 1;

    private static final String PREFIX = "<!-- wwegen layout sha256:";
    private static final String MIDDLE = " body sha256:";
    private static final String SUFFIX = " -->\n";
    private static final int LENGTH = PREFIX.length() + 64 + MIDDLE.length() + 64 + SUFFIX.length();

    private SvgStamp() {
    }

    /** The key of a PlantUML source: hex SHA-256 of the processing revision, PlantUML's version and the source. */
    static String key(String plantUml) {
        return sha256(("wwegen svg revision " + REVISION + "\nplantuml " + Version.versionString() + "\n" + plantUml)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The file: the stamp line for {@code key} and {@code body}, then the body. */
    static byte[] stamped(String key, byte[] body) {
        byte[] line = line(key, sha256(body));
        byte[] file = Arrays.copyOf(line, line.length + body.length);
        System.arraycopy(body, 0, file, line.length, body.length);
        return file;
    }

    /** {@code file} when it is a stamped SVG of {@code key} whose body is unchanged; else empty. */
    static Optional<byte[]> reusable(byte[] file, String key) {
        if (file.length < LENGTH) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOfRange(file, LENGTH, file.length);
        byte[] expected = line(key, sha256(body));
        return Arrays.equals(file, 0, LENGTH, expected, 0, LENGTH) ? Optional.of(file) : Optional.empty();
    }

    /** The SVG document without the stamp line (for the HTML page, which inlines it). */
    static byte[] body(byte[] file) {
        return Arrays.copyOfRange(file, LENGTH, file.length);
    }

    private static byte[] line(String key, String bodyHash) {
        return (PREFIX + key + MIDDLE + bodyHash + SUFFIX).getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
