package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.verify.GroupVersionKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route kinds wwegen validates without CRD files: for each, the structural schema from its fabric8
 * class with wwegen's constraint data merged in (enum, pattern, bounds, required), and the CEL rules.
 * Read once from {@code wwegen/routes/constraints.yaml}.
 */
public final class RouteSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RouteSchemas BUNDLED = load();

    private final Map<GroupVersionKind, RouteKindSchema> kinds;

    private RouteSchemas(Map<GroupVersionKind, RouteKindSchema> kinds) {
        this.kinds = kinds;
    }

    /** The bundled schemas. */
    public static RouteSchemas bundled() {
        return BUNDLED;
    }

    /** Every kind, in the data file's order. */
    public List<RouteKindSchema> kinds() {
        return List.copyOf(kinds.values());
    }

    /** The schema of one kind, if wwegen has it. */
    public Optional<RouteKindSchema> lookup(GroupVersionKind gvk) {
        return Optional.ofNullable(kinds.get(gvk));
    }

    @SuppressWarnings("unchecked")
    private static RouteSchemas load() {
        Map<String, Object> data;
        try (InputStream in = RouteSchemas.class.getClassLoader().getResourceAsStream("wwegen/routes/constraints.yaml")) {
            if (in == null) {
                throw new IllegalStateException("wwegen/routes/constraints.yaml is missing from the jar");
            }
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(500); // our own file, which shares its definitions by alias
            data = new Yaml(new SafeConstructor(options)).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sources = (Map<String, String>) data.get("sources");
        Map<GroupVersionKind, RouteKindSchema> kinds = new LinkedHashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) data.get("kinds")) {
            String apiVersion = (String) entry.get("apiVersion");
            String kind = (String) entry.get("kind");
            GroupVersionKind gvk = GroupVersionKind.of(apiVersion, kind);
            Class<?> type;
            try {
                type = Class.forName((String) entry.get("class"));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("fabric8 class of " + apiVersion + " " + kind + " is missing", e);
            }
            ObjectNode schema = ModelStructure.of(type);
            ObjectNode properties = (ObjectNode) schema.get("properties");
            properties.set("apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
            properties.set("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
            properties.remove("status");
            for (String omitted : (List<String>) entry.getOrDefault("omit", List.of())) {
                omit(schema, omitted, apiVersion + " " + kind);
            }
            List<FieldConstraint> fields = new ArrayList<>();
            Map<String, Map<String, Object>> declared = (Map<String, Map<String, Object>>) entry.getOrDefault("fields",
                    Map.of());
            declared.forEach((path, constraint) -> {
                FieldConstraint field = new FieldConstraint(path, constraint);
                field.mergeInto(schema);
                fields.add(field);
            });
            List<CelRule> rules = new ArrayList<>();
            for (Map<String, Object> rule : flatten((List<Object>) entry.getOrDefault("rules", List.of()))) {
                List<String> paths = rule.containsKey("paths") ? (List<String>) rule.get("paths")
                        : List.of((String) rule.get("path"));
                for (String path : paths) {
                    rules.add(new CelRule(path, (String) rule.get("rule"), (String) rule.get("message")));
                }
            }
            kinds.put(gvk, new RouteKindSchema(gvk, sources.get((String) entry.get("source")), schema, fields, rules));
        }
        return new RouteSchemas(kinds);
    }

    /** Rules, where a YAML alias may stand for a list of rules shared by several kinds. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> flatten(List<Object> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof List<?> list) {
                out.addAll(flatten((List<Object>) list));
            } else {
                out.add((Map<String, Object>) entry);
            }
        }
        return out;
    }

    /**
     * Removes a field the fabric8 class models but the named API release's channel does not serve (Gateway
     * API experimental-channel fields), so that it is an unknown field like on a standard-channel server.
     */
    private static void omit(ObjectNode schema, String path, String kind) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = CelRule.schemaAt(schema, dot < 0 ? "" : path.substring(0, dot));
        String field = path.substring(dot + 1);
        if (!(parent.path("properties") instanceof ObjectNode properties) || properties.remove(field) == null) {
            throw new IllegalStateException("omit " + path + " of " + kind + ": no such field in the model");
        }
    }

    /** A CustomResourceDefinition-shaped tree of one kind, for the schema layer's custom-resource path. */
    public static ObjectNode asCrd(RouteKindSchema kind) {
        ObjectNode crd = JSON.createObjectNode();
        crd.put("kind", "CustomResourceDefinition");
        ObjectNode spec = crd.putObject("spec");
        spec.put("group", kind.gvk().group());
        spec.putObject("names").put("kind", kind.gvk().kind());
        ArrayNode versions = spec.putArray("versions");
        ObjectNode version = versions.addObject().put("name", kind.gvk().version());
        version.putObject("schema").set("openAPIV3Schema", kind.schema().deepCopy());
        return crd;
    }

    static JsonNode toJson(Object value) {
        return JSON.valueToTree(value);
    }
}
