package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.verify.GroupVersionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * One route kind: its structural schema with the constraints merged in (what {@code schema export} writes
 * for kubeconform), the field constraints and the CEL rules the schema layer checks.
 *
 * @param gvk    group, version, kind
 * @param source the API release the constraints were written from, e.g. "Gateway API v1.4.0 (standard channel)"
 * @param schema OpenAPI v3 schema: structure from fabric8, constraints from wwegen's data
 * @param fields field constraints
 * @param rules  CEL rules
 */
public record RouteKindSchema(GroupVersionKind gvk, String source, ObjectNode schema, List<FieldConstraint> fields,
                              List<CelRule> rules) {

    /** Constraint and CEL findings for one object (structure and unknown fields are the schema layer's). */
    public List<Finding> check(JsonNode body, String where) {
        List<Finding> findings = new ArrayList<>();
        ObjectPaths written = new ObjectPaths(body);
        fields.forEach(f -> f.check(written, where, findings::add));
        ObjectPaths defaulted = new ObjectPaths(withDefaults(body));
        rules.forEach(r -> r.check(defaulted, schema, where, findings::add));
        return findings;
    }

    /** The object as the API server stores it: with every default of the data applied, parents first. */
    public JsonNode withDefaults(JsonNode body) {
        JsonNode defaulted = body.deepCopy();
        fields.forEach(f -> f.applyDefault(defaulted));
        return defaulted;
    }

    /** The number of CEL rules, for documentation. */
    public int ruleCount() {
        return rules.size();
    }
}
