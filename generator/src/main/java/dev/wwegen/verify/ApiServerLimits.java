package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Severity;
import dev.wwegen.text.InputText;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API server refuses about a set of objects that no schema says: the same object (API group, kind,
 * namespace, name) twice in one input, where the second silently replaces the first on apply; ConfigMap and
 * Secret data over 1 MiB (Kubernetes' {@code MaxSecretSize} and ConfigMap total-size validation); and any
 * object larger than etcd's default request limit of 1.5 MiB ({@code --max-request-bytes}).
 */
final class ApiServerLimits {

    /** Rule id of the same object twice. */
    static final String DUPLICATE = "duplicate-object";
    /** Rule id of objects too large to store. */
    static final String SIZE = "object-size";
    /** ConfigMap and Secret data, keys included for ConfigMaps: at most 1 MiB. */
    static final long MAX_DATA = 1L << 20;
    /** etcd's default --max-request-bytes: 1.5 MiB. */
    static final long MAX_OBJECT = 3L << 19;

    private ApiServerLimits() {
    }

    static List<ValidationFinding> check(List<Resource> resources) {
        List<ValidationFinding> findings = new ArrayList<>();
        Map<String, Resource> seen = new HashMap<>();
        for (Resource resource : resources) {
            if (!resource.name().isEmpty()) {
                String apiVersion = resource.body().path("apiVersion").asText("");
                String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
                String key = group + "\u0000" + resource.kind() + "\u0000" + resource.namespace() + "\u0000"
                        + resource.name();
                Resource earlier = seen.putIfAbsent(key, resource);
                if (earlier != null) {
                    int line = earlier.lineOf("");
                    findings.add(ValidationFinding.about(Layer.SCHEMA, DUPLICATE, Severity.ERROR, resource,
                            "/metadata/name", resource.kind() + " `" + resource.name() + "` is defined twice; also at "
                                    + earlier.file() + (line > 0 ? ":" + line : "")
                                    + " (applied together, the later one replaces the earlier)",
                            "keep one definition of each object, or give one of them another name"));
                }
            }
            findings.addAll(size(resource));
        }
        return findings;
    }

    private static List<ValidationFinding> size(Resource resource) {
        List<ValidationFinding> findings = new ArrayList<>();
        // The exact size needs the object written out; a bound from its strings' lengths rules out almost all.
        long total = atMost(resource.body()) <= MAX_OBJECT ? 0
                : resource.body().toString().getBytes(StandardCharsets.UTF_8).length;
        if (total > MAX_OBJECT) {
            findings.add(ValidationFinding.about(Layer.SCHEMA, SIZE, Severity.ERROR, resource, "",
                    resource.kind() + " `" + resource.name() + "` is " + InputText.human(total) + ", over the "
                            + InputText.human(MAX_OBJECT) + " etcd stores per object (--max-request-bytes)",
                    "split it into several objects, or keep large data out of the cluster's API"));
        }
        boolean secret = resource.kind().equals("Secret");
        if (secret || resource.kind().equals("ConfigMap")) {
            long data = dataSize(resource.body().path("data"), secret, !secret)
                    + dataSize(resource.body().path("binaryData"), true, true)
                    + (secret ? dataSize(resource.body().path("stringData"), false, false) : 0);
            if (data > MAX_DATA) {
                findings.add(ValidationFinding.about(Layer.SCHEMA, SIZE, Severity.ERROR, resource,
                        secret ? "/data" : resource.body().has("data") ? "/data" : "/binaryData",
                        resource.kind() + " `" + resource.name() + "` holds " + InputText.human(data)
                                + " of data, over the 1 MiB the API server accepts",
                        "split the data over several " + resource.kind() + "s, or mount it from elsewhere"));
            }
        }
        return findings;
    }

    /**
     * At least the length of {@code node} written as compact JSON in UTF-8: a character of a string or key
     * takes at most 6 bytes (an escape such as {@code \\u0001}, or up to 3 bytes of UTF-8), plus quotes and
     * separators; an int or long at most 20 characters.
     */
    static long atMost(JsonNode node) {
        if (node.isObject()) {
            long total = 2;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                total += 6L * field.getKey().length() + 4 + atMost(field.getValue());
            }
            return total;
        }
        if (node.isArray()) {
            long total = 2;
            for (JsonNode item : node) {
                total += 1 + atMost(item);
            }
            return total;
        }
        if (node.isTextual()) {
            return 6L * node.textValue().length() + 2;
        }
        if (node.isInt() || node.isLong() || node.isBoolean() || node.isNull()) {
            return 20;
        }
        return 6L * node.toString().length() + 2;
    }

    private static long dataSize(JsonNode data, boolean base64, boolean keys) {
        long total = 0;
        for (var entries = data.fields(); entries.hasNext(); ) {
            var entry = entries.next();
            String value = entry.getValue().asText("");
            total += keys ? entry.getKey().getBytes(StandardCharsets.UTF_8).length : 0;
            total += base64 ? decodedLength(value) : value.getBytes(StandardCharsets.UTF_8).length;
        }
        return total;
    }

    private static long decodedLength(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length() * 3L / 4;
        }
    }
}
