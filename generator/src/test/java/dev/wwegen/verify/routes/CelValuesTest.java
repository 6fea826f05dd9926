package dev.wwegen.verify.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** CEL's view of a JSON value, converted directly: the same values (and Java types) as Jackson's conversion gives. */
class CelValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Object viaJackson(JsonNode node, JsonNode schema) {
        return CelValues.converted(JSON.convertValue(node, Object.class), schema);
    }

    @Test
    void convertsLikeJacksonWithFieldsEscapedAndMapKeysKept() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"properties": {
                  "namespace": {"type": "string"},
                  "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                  "rules": {"type": "array", "items": {"properties": {"x-y": {"type": "integer"}}}}}}
                """);
        ObjectNode node = (ObjectNode) JSON.readTree("""
                {"namespace": "wwe", "labels": {"a.b/c": "d", "namespace": "kept"},
                 "rules": [{"x-y": 1, "big": 12345678901, "f": 1.5, "t": true, "n": null}, null, [1, "s"]],
                 "my-field": {"in": 2}}
                """);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        node.set("bigint", nodes.numberNode(new BigInteger("123456789012345678901234567890")));
        node.set("decimal", nodes.numberNode(new BigDecimal("1.25")));
        node.set("float", nodes.numberNode(2.5f));
        node.set("short", nodes.numberNode((short) 3));

        Object direct = CelValues.of(node, schema);
        assertThat(direct).isEqualTo(viaJackson(node, schema));
        assertThat(typesOf(direct)).isEqualTo(typesOf(viaJackson(node, schema)));
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) direct;
        assertThat(map).containsKeys("__namespace__", "labels", "my__dash__field");
        assertThat(List.copyOf(((Map<?, ?>) map.get("labels")).keySet())).isEqualTo(List.of("a.b/c", "namespace"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = (Map<String, Object>) ((List<?>) map.get("rules")).get(0);
        assertThat(rule.get("x__dash__y")).isEqualTo(1L);
        assertThat(rule.get("big")).isEqualTo(12345678901L);
        assertThat(rule).containsEntry("n", null);
        assertThat(((List<?>) map.get("rules")).get(1)).isNull();
    }

    /** The Java class of every value in the tree, so that 1 (Long) and 1 (Integer) stay apart. */
    private static Object typesOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + typesOf(e.getValue())).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CelValuesTest::typesOf).toList();
        }
        return value == null ? "null" : value.getClass().getName();
    }
}
