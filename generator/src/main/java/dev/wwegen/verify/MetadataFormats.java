package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the OpenAPI types only as "string" but the API server checks: the format and length of
 * {@code metadata.name} (a DNS-1123 subdomain; a DNS-1035 label for Services, a DNS-1123 label for
 * Namespaces), of label keys and values, and of annotation keys and their total size (256 KiB), on the
 * object and on its pod template. A missing name is an error unless {@code generateName} is set.
 */
final class MetadataFormats {

    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_1123 = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern LABEL_1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

    private MetadataFormats() {
    }

    static List<Finding> check(JsonNode object, String where) {
        List<Finding> findings = new ArrayList<>();
        String kind = object.path("kind").asText("");
        JsonNode metadata = object.path("metadata");
        JsonNode name = metadata.path("name");
        if (name.isMissingNode() || name.isNull() || name.asText().isEmpty()) {
            if (metadata.path("generateName").asText("").isEmpty()) {
                findings.add(Finding.error(where, "/metadata/name", "missing metadata.name",
                        "name the object: lower-case letters, digits and '-', e.g. wwe"));
            }
        } else if (name.isTextual()) {
            name(kind, name.asText(), findings, where);
        }
        labels(metadata.path("labels"), "/metadata/labels", findings, where);
        annotations(metadata.path("annotations"), "/metadata/annotations", findings, where);
        JsonNode template = object.path("spec").path("template").path("metadata");
        labels(template.path("labels"), "/spec/template/metadata/labels", findings, where);
        annotations(template.path("annotations"), "/spec/template/metadata/annotations", findings, where);
        return findings;
    }

    private static void name(String kind, String name, List<Finding> findings, String where) {
        boolean label = kind.equals("Service") || kind.equals("Namespace");
        Pattern pattern = kind.equals("Service") ? LABEL_1035 : kind.equals("Namespace") ? LABEL_1123 : SUBDOMAIN;
        int max = label ? 63 : 253;
        if (name.length() > max || !pattern.matcher(name).matches()) {
            String rule = kind.equals("Service") ? "a DNS-1035 label (lower-case letters, digits and '-', starting"
                    + " with a letter, at most 63)" : label ? "a DNS-1123 label (lower-case letters, digits and '-',"
                    + " at most 63)" : "a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253)";
            findings.add(Finding.error(where, "/metadata/name", kind + " name \"" + name + "\" is not " + rule,
                    "e.g. " + suggestion(name)));
        }
    }

    private static void labels(JsonNode labels, String path, List<Finding> findings, String where) {
        for (Map.Entry<String, JsonNode> label : labels.properties()) {
            key(label.getKey(), path, "label", findings, where);
            String value = label.getValue().asText("");
            if (label.getValue().isTextual() && !value.isEmpty()
                    && (value.length() > 63 || !isQualifiedName(value))) {
                findings.add(Finding.error(where, at(path, label.getKey()), "label value \"" + value + "\" is not valid",
                        "use at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit"));
            }
        }
    }

    private static void annotations(JsonNode annotations, String path, List<Finding> findings, String where) {
        int bytes = 0;
        for (Map.Entry<String, JsonNode> annotation : annotations.properties()) {
            key(annotation.getKey(), path, "annotation", findings, where);
            bytes += utf8Length(annotation.getKey()) + utf8Length(annotation.getValue().asText(""));
        }
        if (bytes > ANNOTATIONS_MAX_BYTES) {
            findings.add(Finding.error(where, path, "annotations total " + bytes + " bytes, more than 256 KiB",
                    "move large data to a ConfigMap"));
        }
    }

    /** The pointer of a label or annotation: the map's path and the escaped key. */
    private static String at(String path, String key) {
        return path + "/" + SchemaWalk.escape(key);
    }

    private static void key(String key, String path, String what, List<Finding> findings, String where) {
        int slash = key.indexOf('/');
        String prefix = slash < 0 ? "" : key.substring(0, slash);
        String name = slash < 0 ? key : key.substring(slash + 1);
        boolean ok = name.length() <= 63 && isQualifiedName(name)
                && (slash < 0 || prefix.length() <= 253 && isSubdomain(prefix));
        if (!ok) {
            findings.add(Finding.error(where, at(path, key), what + " key \"" + key + "\" is not valid",
                    "write [prefix/]name: prefix a DNS subdomain, name at most 63 letters, digits, '-', '_', '.'"));
        }
    }

    /**
     * Whether {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]} matches (a qualified name, a label value):
     * letters, digits, '-', '_' and '.', starting and ending with a letter or digit. Written out, as it runs
     * for every label and annotation.
     */
    static boolean isQualifiedName(String text) {
        int n = text.length();
        if (n == 0 || !isAlphanumeric(text.charAt(0)) || !isAlphanumeric(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = text.charAt(i);
            if (!isAlphanumeric(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #SUBDOMAIN} matches: DNS-1123 labels (lower-case letters and digits, '-' inside) joined by '.'. */
    static boolean isSubdomain(String text) {
        int start = 0;
        while (true) {
            int dot = text.indexOf('.', start);
            int end = dot < 0 ? text.length() : dot;
            if (!isLabel(text, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    private static boolean isLabel(String text, int start, int end) {
        if (end <= start || !isLowerAlphanumeric(text.charAt(start)) || !isLowerAlphanumeric(text.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (!isLowerAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isLowerAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The length of {@code text} in UTF-8, without encoding it (a lone surrogate counts as '?', as the encoder writes it). */
    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String suggestion(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-+", "-").replaceAll("^[-0-9]+|-+$", "");
        return lower.isEmpty() ? "wwe" : lower.length() > 63 ? lower.substring(0, 63) : lower;
    }
}
