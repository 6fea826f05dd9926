package dev.wwegen.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns fabric8 objects into plain trees (maps, lists, strings, numbers, booleans) so the stages
 * after render (emit, verify, chart) never see fabric8 types. Nulls are dropped; empty objects such
 * as {@code emptyDir: {}} are kept because they mean something. Trees are read-only: one tree is
 * written, validated and shown by every later stage.
 */
public final class ObjectTrees {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private ObjectTrees() {
    }

    public static Map<String, Object> of(HasMetadata object) {
        return readOnly(MAPPER.convertValue(object, TREE));
    }

    @SuppressWarnings("unchecked")
    private static <T> T readOnly(T node) {
        if (node instanceof Map<?, ?>) {
            Map<String, Object> map = (Map<String, Object>) node;
            map.replaceAll((key, value) -> readOnly(value));
            return (T) Collections.unmodifiableMap(map);
        }
        if (node instanceof List<?>) {
            List<Object> list = (List<Object>) node;
            list.replaceAll(ObjectTrees::readOnly);
            return (T) Collections.unmodifiableList(list);
        }
        return node;
    }
}
