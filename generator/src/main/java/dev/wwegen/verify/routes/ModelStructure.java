package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;

import java.util.HashSet;
import java.util.Set;

/**
 * An OpenAPI v3 structural schema read from a fabric8 model class the way Jackson (de)serialises it:
 * its JSON properties and their types, recursively. Objects are closed (unknown fields are errors);
 * metadata is left to the metadata checks; a type that contains itself is left open at the cycle.
 */
final class ModelStructure {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ModelStructure() {
    }

    static ObjectNode of(Class<?> type) {
        return schema(MAPPER.constructType(type), new HashSet<>());
    }

    private static ObjectNode schema(JavaType type, Set<Class<?>> path) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class || raw.isEnum()) {
            return JSON.objectNode().put("type", "string");
        }
        if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (raw == Double.class || raw == Float.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (raw == IntOrString.class) {
            return JSON.objectNode().put("x-kubernetes-int-or-string", true);
        }
        if (raw == Quantity.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (raw == ObjectMeta.class || raw == Object.class) {
            return JSON.objectNode().put("type", "object").put("x-kubernetes-preserve-unknown-fields", true);
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", schema(type.getContentType(), path));
            return array;
        }
        if (type.isMapLikeType()) {
            ObjectNode map = JSON.objectNode().put("type", "object");
            map.set("additionalProperties", schema(type.getContentType(), path));
            return map;
        }
        if (!path.add(raw)) {
            return JSON.objectNode().put("type", "object").put("x-kubernetes-preserve-unknown-fields", true);
        }
        ObjectNode object = JSON.objectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        BeanDescription bean = MAPPER.getDeserializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.getName().equals("additionalProperties")) {
                continue;
            }
            properties.set(property.getName(), schema(property.getPrimaryType(), path));
        }
        path.remove(raw);
        return object;
    }
}
