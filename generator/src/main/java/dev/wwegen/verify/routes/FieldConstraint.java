package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.dsl.check.Finding;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The constraints of one field path ({@code spec.rules[].backendRefs[].port}): required, enum, pattern,
 * string length, numeric bounds, list length, and the default the API server applies.
 */
final class FieldConstraint {

    private static final List<String> KEYS = List.of("enum", "pattern", "minLength", "maxLength", "minimum",
            "maximum", "minItems", "maxItems", "maxProperties");

    private final String path;
    private final Map<String, Object> constraint;
    private final Pattern pattern;

    FieldConstraint(String path, Map<String, Object> constraint) {
        this.path = path;
        this.constraint = Map.copyOf(constraint);
        this.pattern = constraint.containsKey("pattern") ? Pattern.compile((String) constraint.get("pattern")) : null;
    }

    String path() {
        return path;
    }

    /** The constraint as the data states it: key (enum, pattern, default, ...) to value. */
    Map<String, Object> constraint() {
        return constraint;
    }

    /** Adds the constraints to the structural schema, so the exported JSON schema carries them too. */
    void mergeInto(ObjectNode root) {
        ObjectNode parent = null;
        ObjectNode node = root;
        String last = "";
        for (String segment : path.split("\\.")) {
            boolean list = segment.endsWith("[]");
            String name = list ? segment.substring(0, segment.length() - 2) : segment;
            parent = node;
            last = name;
            JsonNode next = node.path("properties").path(name);
            if (!next.isObject()) {
                throw new IllegalStateException("constraint path " + path + ": no field " + name + " in the model");
            }
            node = (ObjectNode) next;
            if (list) {
                node = (ObjectNode) node.get("items");
            }
        }
        for (String key : KEYS) {
            if (constraint.containsKey(key)) {
                node.set(key, RouteSchemas.toJson(constraint.get(key)));
            }
        }
        if (Boolean.TRUE.equals(constraint.get("required")) && parent != null && !path.endsWith("[]")) {
            ArrayNode required = parent.has("required") ? (ArrayNode) parent.get("required") : parent.putArray("required");
            required.add(last);
        }
    }

    /** Applies the default where the field is absent, as the API server does before CEL rules run. */
    void applyDefault(JsonNode root) {
        if (!constraint.containsKey("default") || path.endsWith("[]")) {
            return;
        }
        int dot = path.lastIndexOf('.');
        String field = path.substring(dot + 1);
        for (Located parent : Located.find(root, dot < 0 ? "" : path.substring(0, dot))) {
            if (parent.node() instanceof ObjectNode object && !object.has(field)) {
                object.set(field, RouteSchemas.toJson(constraint.get("default")));
            }
        }
    }

    /** Every value at the path that breaks a constraint (required fields are in the structural schema). */
    void check(ObjectPaths object, String where, Consumer<Finding> findings) {
        for (Located value : object.find(path)) {
            checkValue(value, where, findings);
        }
    }

    @SuppressWarnings("unchecked")
    private void checkValue(Located at, String where, Consumer<Finding> findings) {
        JsonNode value = at.node();
        if (constraint.containsKey("enum") && value.isValueNode()) {
            List<Object> allowed = (List<Object>) constraint.get("enum");
            if (allowed.stream().noneMatch(a -> String.valueOf(a).equals(value.asText()))) {
                String words = String.join(", ", allowed.stream().map(String::valueOf).toList());
                findings.accept(Finding.error(where, at.pointer(), value + " is not one of " + words,
                        "use one of " + words));
            }
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (pattern != null && !pattern.matcher(text).find()) {
                findings.accept(Finding.error(where, at.pointer(), "\"" + text + "\" does not match " + pattern.pattern(),
                        "see the field's format in the API reference"));
            }
            bound(at, where, findings, "minLength", text.length(), true, "characters");
            bound(at, where, findings, "maxLength", text.length(), false, "characters");
        }
        if (value.isNumber()) {
            bound(at, where, findings, "minimum", value.asLong(), true, "");
            bound(at, where, findings, "maximum", value.asLong(), false, "");
        }
        if (value.isArray()) {
            bound(at, where, findings, "minItems", value.size(), true, "items");
            bound(at, where, findings, "maxItems", value.size(), false, "items");
            if (constraint.containsKey("unique")) {
                unique(at, (List<String>) constraint.get("unique"), where, findings);
            }
        }
        if (value.isObject()) {
            bound(at, where, findings, "maxProperties", value.size(), false, "entries");
        }
    }

    /**
     * An {@code x-kubernetes-list-type} map (keys given) or set (no keys): no two items may have the same keys
     * (or, for a set, be equal); the API server reports the later one as a duplicate.
     */
    private static void unique(Located at, List<String> keys, String where, Consumer<Finding> findings) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < at.node().size(); i++) {
            JsonNode item = at.node().get(i);
            String key;
            if (keys.isEmpty()) {
                key = item.toString();
            } else {
                StringBuilder joined = new StringBuilder();
                for (String k : keys) {
                    joined.append(k).append('=').append(item.path(k).isMissingNode() ? "" : item.path(k).asText()).append(' ');
                }
                key = joined.toString().trim();
            }
            if (!seen.add(key)) {
                String what = keys.isEmpty() ? item.toString() : "{" + key.replace(" ", ", ") + "}";
                findings.accept(Finding.error(where, at.pointer() + "/" + i, "Duplicate value: " + what,
                        keys.isEmpty() ? "list each value once" : "give each item a different " + String.join(" and ", keys)));
            }
        }
    }

    private void bound(Located at, String where, Consumer<Finding> findings, String key, long actual, boolean lower,
                       String unit) {
        if (!constraint.containsKey(key)) {
            return;
        }
        long limit = ((Number) constraint.get(key)).longValue();
        if (lower ? actual < limit : actual > limit) {
            String what = unit.isEmpty() ? String.valueOf(actual) : actual + " " + unit;
            findings.accept(Finding.error(where, at.pointer(), what + " is " + (lower ? "below the minimum " : "above the"
                    + " maximum ") + limit + (unit.isEmpty() ? "" : " " + unit), (lower ? "use at least " : "use at most ")
                    + limit + (unit.isEmpty() ? "" : " " + unit)));
        }
    }
}
