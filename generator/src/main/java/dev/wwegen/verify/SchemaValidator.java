package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks one Kubernetes object (a parsed manifest document) against the Kubernetes 1.34 schema,
 * strictly and offline, the way {@code kubeconform -strict} would.
 *
 * <p>Owns picking the schema from {@code apiVersion} and {@code kind}, and the findings when that
 * fails (missing, removed or unknown types, with the apiVersion to use instead); the field-by-field
 * walk is {@link SchemaWalk}'s. What is checked: unknown fields, JSON types, required fields, enum
 * values, quantity strings, map values. What is accepted: integers and strings where Kubernetes
 * takes int-or-string, numbers and strings for quantities, null for any optional field.
 *
 * <p>Stateless and thread-safe.
 */
public final class SchemaValidator {

    private final KubernetesSchema schema;

    /** Validates against the schema bundled with kubernetes-model-validator. */
    public SchemaValidator() {
        this(KubernetesSchema.bundled());
    }

    public SchemaValidator(KubernetesSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * All schema problems of {@code object}, in document order; empty when it is valid.
     *
     * @param object a whole Kubernetes object, e.g. one YAML document read into a tree
     * @param where  the input that holds it, copied into each finding ({@code manifests/dev/service.yaml})
     */
    public List<Finding> validate(JsonNode object, String where) {
        if (!object.isObject()) {
            return List.of(Finding.error(where, "", "got " + SchemaWalk.describe(object)
                    + ", want a Kubernetes object (a mapping with apiVersion and kind)", ""));
        }
        for (String field : List.of("apiVersion", "kind")) {
            JsonNode value = object.path(field);
            if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) {
                return List.of(Finding.error(where, "/" + field, "got " + SchemaWalk.describe(value) + ", want string",
                        field.equals("kind") ? "write the kind's name, e.g. Deployment" : "write group/version, e.g. apps/v1"));
            }
        }
        String apiVersion = text(object, "apiVersion");
        String kind = text(object, "kind");
        if (kind.isEmpty()) {
            return List.of(Finding.error(where, "/kind", "missing kind", "set the kind of object, e.g. Deployment"));
        }
        if (apiVersion.isEmpty()) {
            return List.of(Finding.error(where, "/apiVersion", "missing apiVersion", useHint(kind)));
        }
        Optional<SchemaNode> type = schema.lookup(apiVersion, kind);
        if (type.isEmpty()) {
            return List.of(unknownType(apiVersion, kind, where));
        }
        SchemaWalk walk = new SchemaWalk(where);
        walk.value(object, type.get(), "", kind.toLowerCase(Locale.ROOT));
        return List.copyOf(walk.findings());
    }

    /**
     * The problems of {@code object} against a schema chosen by the caller (a custom resource's CRD, or an
     * API version removed after the target Kubernetes version), in document order.
     */
    public List<Finding> validateAgainst(JsonNode object, String where, SchemaNode type) {
        return validateAgainst(object, where, type, false);
    }

    /**
     * As {@link #validateAgainst(JsonNode, String, SchemaNode)}; {@code customResource} for a schema from a
     * CustomResourceDefinition, whose null list items the API server rejects (see {@link SchemaWalk}).
     */
    public List<Finding> validateAgainst(JsonNode object, String where, SchemaNode type, boolean customResource) {
        SchemaWalk walk = new SchemaWalk(where, customResource);
        walk.value(object, type, "", text(object, "kind").toLowerCase(Locale.ROOT));
        return List.copyOf(walk.findings());
    }

    /** The schema this validator uses. */
    public KubernetesSchema schema() {
        return schema;
    }

    private Finding unknownType(String apiVersion, String kind, String where) {
        Optional<RemovedApis.Removal> removal = RemovedApis.find(apiVersion, kind);
        if (removal.isPresent()) {
            String replacement = removal.get().replacement();
            return Finding.error(where, "/apiVersion",
                    apiVersion + " " + kind + " was removed in Kubernetes " + removal.get().removedIn(),
                    replacement.isEmpty() ? kind + " has no replacement" : "use " + replacement);
        }
        if (!schema.apiVersionsOf(kind).isEmpty()) {
            return Finding.error(where, "/apiVersion", "unknown apiVersion " + apiVersion + " for kind " + kind,
                    useHint(kind));
        }
        List<String> allKinds = schema.kinds().stream().map(GroupVersionKind::kind).distinct().toList();
        String hint = ClosestName.to(kind, allKinds)
                .map(k -> "did you mean `" + k + "` (" + String.join(", ", schema.apiVersionsOf(k)) + ")?")
                .orElse("no built-in Kubernetes or OpenShift type has this kind; custom resources are not validated");
        return Finding.error(where, "/kind", "unknown kind " + kind + " in apiVersion " + apiVersion, hint);
    }

    private String useHint(String kind) {
        List<String> versions = schema.apiVersionsOf(kind);
        if (versions.isEmpty()) {
            return "set apiVersion, e.g. apps/v1 for a Deployment";
        }
        return versions.size() == 1 ? "use " + versions.get(0) : "use one of " + String.join(", ", versions);
    }

    /** The text of a top-level string member; "" when it is absent, blank or not a string. */
    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() ? value.asText().trim() : "";
    }
}
