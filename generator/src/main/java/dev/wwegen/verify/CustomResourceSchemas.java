package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The schemas of custom resources, taken from CustomResourceDefinitions (given with {@code --crd}, or
 * found among the validated objects): for each served version, its {@code openAPIV3Schema}, compiled like
 * a built-in definition. apiVersion, kind and metadata are added when the CRD's schema leaves them out,
 * as the API server does.
 */
public final class CustomResourceSchemas {

    private final KubernetesSchema owner;
    private final Map<GroupVersionKind, SchemaNode> schemas = new HashMap<>();

    public CustomResourceSchemas(KubernetesSchema owner) {
        this.owner = owner;
    }

    /** Adds the versions of a CustomResourceDefinition; returns how many schemas it held. */
    public int add(JsonNode crd) {
        if (!crd.path("kind").asText().equals("CustomResourceDefinition")) {
            return 0;
        }
        JsonNode spec = crd.path("spec");
        String group = spec.path("group").asText("");
        String kind = spec.path("names").path("kind").asText("");
        int added = 0;
        for (JsonNode version : spec.path("versions")) {
            JsonNode schema = version.path("schema").path("openAPIV3Schema");
            if (schema.isObject() && !kind.isEmpty()) {
                ObjectNode root = schema.deepCopy();
                ObjectNode properties = root.has("properties") ? (ObjectNode) root.get("properties")
                        : root.putObject("properties");
                properties.putIfAbsent("apiVersion", root.objectNode().put("type", "string"));
                properties.putIfAbsent("kind", root.objectNode().put("type", "string"));
                properties.putIfAbsent("metadata", root.objectNode().put("type", "object"));
                var gvk = new GroupVersionKind(group, version.path("name").asText(""), kind);
                schemas.put(gvk, SchemaNode.compile(root, "", owner));
                added++;
            }
        }
        return added;
    }

    public Optional<SchemaNode> lookup(GroupVersionKind gvk) {
        return Optional.ofNullable(schemas.get(gvk));
    }

    public boolean isEmpty() {
        return schemas.isEmpty();
    }
}
