package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as CEL sees it: objects as maps with their field names escaped ({@link CelRule#escape}; map
 * keys stay as they are), lists, strings, booleans, null, numbers as CEL ints (Long) or doubles. Objects,
 * lists, strings, booleans, null, int, long and double nodes are converted directly; any other node goes
 * through Jackson's conversion to plain Java values first, so every node gets the value that conversion gives.
 */
final class CelValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CelValues() {
    }

    /** The value of {@code node}, whose schema is {@code schema} (it tells object fields from map keys). */
    static Object of(JsonNode node, JsonNode schema) {
        JsonNodeType type = node.getNodeType();
        switch (type) {
            case OBJECT -> {
                boolean fields = schema.has("properties");
                JsonNode values = schema.path("additionalProperties");
                Map<String, Object> out = new LinkedHashMap<>();
                node.properties().forEach(field -> {
                    String key = field.getKey();
                    out.put(fields ? CelRule.escape(key) : key,
                            of(field.getValue(), fields ? schema.path("properties").path(key) : values));
                });
                return out;
            }
            case ARRAY -> {
                JsonNode items = schema.path("items");
                Object[] out = new Object[node.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = of(node.get(i), items);
                }
                return Arrays.stream(out).toList();
            }
            case STRING -> {
                return node.textValue();
            }
            case BOOLEAN -> {
                return node.booleanValue();
            }
            case NULL -> {
                return null;
            }
            default -> {
                if (node.isInt() || node.isLong()) {
                    return node.longValue();
                }
                if (node.isDouble()) {
                    return node.doubleValue();
                }
                return converted(JSON.convertValue(node, Object.class), schema);
            }
        }
    }

    /** A plain Java value (from Jackson's conversion) as CEL sees it. */
    static Object converted(Object value, JsonNode schema) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            boolean fields = schema.has("properties");
            JsonNode values = schema.path("additionalProperties");
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = (String) k;
                out.put(fields ? CelRule.escape(key) : key,
                        converted(v, fields ? schema.path("properties").path(key) : values));
            });
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> converted(v, schema.path("items"))).toList();
        }
        return value;
    }
}
