package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.verify.GroupVersionKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The route kinds made from {@code wwegen/routes/constraints.yaml} itself: each kind's structure read from its
 * fabric8 class ({@link ModelStructure}), the constraints merged in, and its CEL rules compiled. The build does
 * this once (see {@link PrecomputedRoutes}); a run does it only without the build's file, and then per kind,
 * on the kind's first use.
 */
final class ConstraintData {

    private ConstraintData() {
    }

    /** Every kind of the data file, in its order, each made when its supplier is first called. */
    @SuppressWarnings("unchecked")
    static Map<GroupVersionKind, Supplier<RouteKindSchema>> parse(byte[] yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(500); // our own file, which shares its definitions by alias
        Map<String, Object> data = new Yaml(new SafeConstructor(options)).load(new ByteArrayInputStream(yaml));
        Map<String, String> sources = (Map<String, String>) data.get("sources");
        Map<GroupVersionKind, Supplier<RouteKindSchema>> kinds = new LinkedHashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) data.get("kinds")) {
            GroupVersionKind gvk = GroupVersionKind.of((String) entry.get("apiVersion"), (String) entry.get("kind"));
            kinds.put(gvk, () -> build(gvk, entry, sources.get((String) entry.get("source"))));
        }
        return kinds;
    }

    @SuppressWarnings("unchecked")
    private static RouteKindSchema build(GroupVersionKind gvk, Map<String, Object> entry, String source) {
        String name = entry.get("apiVersion") + " " + entry.get("kind");
        Class<?> type;
        try {
            type = Class.forName((String) entry.get("class"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("fabric8 class of " + name + " is missing", e);
        }
        ObjectNode schema = ModelStructure.of(type);
        ObjectNode properties = (ObjectNode) schema.get("properties");
        properties.set("apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
        properties.set("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
        properties.remove("status");
        for (String omitted : (List<String>) entry.getOrDefault("omit", List.of())) {
            omit(schema, omitted, name);
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
                rules.add(RuleCompiler.compile(path, (String) rule.get("rule"), (String) rule.get("message")));
            }
        }
        return new RouteKindSchema(gvk, source, schema, fields, rules);
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
}
