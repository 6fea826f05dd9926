package dev.wwegen.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small builders for JSON Schema (draft-07) nodes as plain maps. Every {@link #object} is closed
 * ({@code additionalProperties: false}) and requires all its properties unless told otherwise.
 */
final class JsonSchemas {

    /** RFC 1123 label: lower case letters, digits and '-', at most 63 characters. */
    static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
    /** A DNS name: dot-separated labels; no wildcard, upper case or trailing dot. */
    static final String DNS_NAME = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
    /** A Kubernetes quantity such as 100m, 1, 0.5, 128Mi or 1G. */
    static final String QUANTITY = "^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$";
    /** A label or annotation key: optional DNS prefix and '/', then a name. */
    static final String LABEL_KEY = "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
            + "[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$";

    private JsonSchemas() {
    }

    static Map<String, Object> node(String description, Object... pairs) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("description", ValuesFileWriter.comment(description));
        for (int i = 0; i < pairs.length; i += 2) {
            node.put((String) pairs[i], pairs[i + 1]);
        }
        return node;
    }

    /** A closed object; every property is required. */
    static Map<String, Object> object(String description, Map<String, Object> properties) {
        return object(description, properties, List.copyOf(properties.keySet()));
    }

    /** A closed object with only {@code required} required. */
    static Map<String, Object> object(String description, Map<String, Object> properties, List<String> required) {
        return node(description, "type", "object", "additionalProperties", false, "required", required,
                "properties", properties);
    }

    /** A map whose keys match {@code keyPattern} and whose values follow {@code value}. */
    static Map<String, Object> mapOf(String description, String keyPattern, Map<String, Object> value) {
        return node(description, "type", "object", "propertyNames", Map.of("pattern", keyPattern),
                "additionalProperties", value);
    }

    static Map<String, Object> string(String description, String pattern, int maxLength) {
        return node(description, "type", "string", "pattern", pattern, "maxLength", maxLength);
    }

    static Map<String, Object> text(String description) {
        return node(description, "type", "string");
    }

    static Map<String, Object> oneOf(String description, List<String> values) {
        return node(description, "type", "string", "enum", values);
    }

    static Map<String, Object> integer(String description, long minimum, long maximum) {
        return node(description, "type", "integer", "minimum", minimum, "maximum", maximum);
    }

    static Map<String, Object> bool(String description) {
        return node(description, "type", "boolean");
    }

    /** A boolean that must keep its hardened value. */
    static Map<String, Object> fixed(String description, Object value) {
        return node(description, "const", value);
    }

    static Map<String, Object> array(String description, Map<String, Object> items) {
        return node(description, "type", "array", "items", items);
    }

    /** Ordered properties from name, schema pairs. */
    @SafeVarargs
    static Map<String, Object> props(Map.Entry<String, Map<String, Object>>... entries) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (var entry : entries) {
            props.put(entry.getKey(), entry.getValue());
        }
        return props;
    }

    static Map.Entry<String, Map<String, Object>> p(String name, Map<String, Object> schema) {
        return Map.entry(name, schema);
    }
}
