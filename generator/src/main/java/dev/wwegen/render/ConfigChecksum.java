package dev.wwegen.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pods' {@code checksum/config} annotation: SHA-256 of the browser config as Go's {@code encoding/json}
 * writes it (what the chart's {@code toJson | sha256sum} computes), so a config change rolls the pods and the
 * chart and the manifests agree to the byte.
 */
public final class ConfigChecksum {

    /** The annotation key. */
    public static final String ANNOTATION = "checksum/config";

    private ConfigChecksum() {
    }

    public static String of(Map<String, String> config) {
        try {
            byte[] json = goJson(config).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** {@code json.Marshal} of a {@code map[string]string}: keys sorted, no spaces, Go's escaping. */
    static String goJson(Map<String, String> config) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(config).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key);
            json.append(':');
            string(json, value);
        });
        return json.append('}').toString();
    }

    /** Go escapes {@code <>&} and U+2028/U+2029 for HTML safety, and control characters as {@code \\u00XX}. */
    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> json.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
