package dev.wwegen.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Map;

/**
 * Turns fabric8 objects into plain trees (maps, lists, strings, numbers, booleans) so the stages
 * after render (emit, verify, chart) never see fabric8 types. Nulls are dropped; empty objects such
 * as {@code emptyDir: {}} are kept because they mean something.
 */
public final class ObjectTrees {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private ObjectTrees() {
    }

    public static Map<String, Object> of(HasMetadata object) {
        return MAPPER.convertValue(object, TREE);
    }
}
