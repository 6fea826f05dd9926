package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The schemas of custom resources, taken from CustomResourceDefinitions (given with {@code --crd}, or
 * found among the validated objects): for each served version, its {@code openAPIV3Schema}, compiled like
 * a built-in definition. apiVersion, kind and metadata are added when the CRD's schema leaves them out,
 * as the API server does. Kinds that no CRD gives may come from a fallback (wwegen's bundled route kinds),
 * asked and compiled on a kind's first lookup.
 */
public final class CustomResourceSchemas {

    private final KubernetesSchema owner;
    private final Map<GroupVersionKind, SchemaNode> schemas = new HashMap<>();
    private final Function<GroupVersionKind, Optional<JsonNode>> fallback;
    private final Map<GroupVersionKind, Optional<SchemaNode>> fromFallback = new ConcurrentHashMap<>();

    public CustomResourceSchemas(KubernetesSchema owner) {
        this(owner, gvk -> Optional.empty());
    }

    /** @param fallback the CRD of a kind no added CRD gives, if there is one */
    public CustomResourceSchemas(KubernetesSchema owner, Function<GroupVersionKind, Optional<JsonNode>> fallback) {
        this.owner = owner;
        this.fallback = fallback;
    }

    /** Adds the versions of a CustomResourceDefinition; returns how many schemas it held. */
    public int add(JsonNode crd) {
        Map<GroupVersionKind, SchemaNode> versions = versions(crd);
        schemas.putAll(versions);
        return versions.size();
    }

    private Map<GroupVersionKind, SchemaNode> versions(JsonNode crd) {
        Map<GroupVersionKind, SchemaNode> versions = new HashMap<>();
        if (!crd.path("kind").asText().equals("CustomResourceDefinition")) {
            return versions;
        }
        JsonNode spec = crd.path("spec");
        String group = spec.path("group").asText("");
        String kind = spec.path("names").path("kind").asText("");
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
                versions.put(gvk, SchemaNode.compile(root, "", owner));
            }
        }
        return versions;
    }

    public Optional<SchemaNode> lookup(GroupVersionKind gvk) {
        SchemaNode given = schemas.get(gvk);
        if (given != null) {
            return Optional.of(given);
        }
        return fromFallback.computeIfAbsent(gvk, g -> fallback.apply(g).map(crd -> versions(crd).get(g)));
    }

    public boolean isEmpty() {
        return schemas.isEmpty();
    }
}
