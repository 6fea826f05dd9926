package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Finding;

import java.nio.charset.StandardCharsets;
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
    private static final Pattern QUALIFIED = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
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
            String at = path + "/" + SchemaWalk.escape(label.getKey());
            key(label.getKey(), at, "label", findings, where);
            String value = label.getValue().asText("");
            if (label.getValue().isTextual() && !value.isEmpty()
                    && (value.length() > 63 || !QUALIFIED.matcher(value).matches())) {
                findings.add(Finding.error(where, at, "label value \"" + value + "\" is not valid",
                        "use at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit"));
            }
        }
    }

    private static void annotations(JsonNode annotations, String path, List<Finding> findings, String where) {
        int bytes = 0;
        for (Map.Entry<String, JsonNode> annotation : annotations.properties()) {
            key(annotation.getKey(), path + "/" + SchemaWalk.escape(annotation.getKey()), "annotation", findings, where);
            bytes += annotation.getKey().getBytes(StandardCharsets.UTF_8).length
                    + annotation.getValue().asText("").getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > ANNOTATIONS_MAX_BYTES) {
            findings.add(Finding.error(where, path, "annotations total " + bytes + " bytes, more than 256 KiB",
                    "move large data to a ConfigMap"));
        }
    }

    private static void key(String key, String at, String what, List<Finding> findings, String where) {
        int slash = key.indexOf('/');
        String prefix = slash < 0 ? "" : key.substring(0, slash);
        String name = slash < 0 ? key : key.substring(slash + 1);
        boolean ok = name.length() <= 63 && QUALIFIED.matcher(name).matches()
                && (slash < 0 || prefix.length() <= 253 && SUBDOMAIN.matcher(prefix).matches());
        if (!ok) {
            findings.add(Finding.error(where, at, what + " key \"" + key + "\" is not valid",
                    "write [prefix/]name: prefix a DNS subdomain, name at most 63 letters, digits, '-', '_', '.'"));
        }
    }

    private static String suggestion(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-+", "-").replaceAll("^[-0-9]+|-+$", "");
        return lower.isEmpty() ? "wwe" : lower.length() > 63 ? lower.substring(0, 63) : lower;
    }
}
