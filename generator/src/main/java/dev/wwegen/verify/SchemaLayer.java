package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema layer for one object: picks its schema (built-in; a CRD's; or, for a target Kubernetes
 * version older than 1.34, the schema of an API version removed since), validates strictly, and adds the
 * metadata format checks. A custom resource without a CRD is skipped with a notice (an info finding).
 */
public final class SchemaLayer {

    /** The rule id of schema findings. */
    public static final String SCHEMA = "schema";
    /** The rule id of metadata format findings. */
    public static final String METADATA = "metadata-format";
    /** The rule id of the Gateway API and OpenShift Route constraints (enums, patterns, bounds, CEL rules). */
    public static final String ROUTE_CONSTRAINTS = "route-constraints";
    /** The rule id of the notice for a skipped custom resource. */
    public static final String SKIPPED = "custom-resource-skipped";

    private final SchemaValidator validator;
    private final CustomResourceSchemas crds;
    private final KubernetesVersion target;

    public SchemaLayer(SchemaValidator validator, CustomResourceSchemas crds, KubernetesVersion target) {
        this.validator = validator;
        this.crds = crds;
        this.target = target;
    }

    public List<ValidationFinding> check(Resource resource) {
        JsonNode body = resource.body();
        List<ValidationFinding> findings = new ArrayList<>();
        String where = resource.file();
        GroupVersionKind gvk = GroupVersionKind.of(body.path("apiVersion").asText("").trim(),
                body.path("kind").asText("").trim());
        KubernetesSchema schema = validator.schema();
        Optional<SchemaNode> custom = crds.lookup(gvk);
        Optional<RemovedApis.Removal> removal = RemovedApis.find(gvk.apiVersion(), gvk.kind());
        List<Finding> problems;
        if (schema.lookup(gvk).isPresent() || gvk.kind().isEmpty() || gvk.version().isEmpty()) {
            problems = validator.validate(body, where);
        } else if (custom.isPresent()) {
            problems = validator.validateAgainst(body, where, custom.get(), true);
        } else if (removal.isPresent() && target.compareTo(KubernetesVersion.parse(removal.get().removedIn())) < 0
                && schema.lookupRemoved(gvk).isPresent()) {
            problems = validator.validateAgainst(body, where, schema.lookupRemoved(gvk).get());
        } else if (removal.isPresent()) {
            problems = removed(gvk, removal.get(), where);
        } else if (gvk.group().contains(".") && !schema.isBuiltInGroup(gvk.group())) {
            findings.add(ValidationFinding.about(Layer.SCHEMA, SKIPPED, dev.wwegen.dsl.check.Severity.INFO, resource,
                    "/apiVersion", "custom resource " + gvk + " not validated: no schema for it",
                    "give its CustomResourceDefinition with --crd FILE"));
            problems = List.of();
        } else {
            problems = validator.validate(body, where);
        }
        problems.forEach(p -> findings.add(ValidationFinding.of(Layer.SCHEMA, SCHEMA, p, resource)));
        List<Finding> structural = problems;
        dev.wwegen.verify.routes.RouteSchemas.bundled().lookup(gvk).ifPresent(route -> route.check(body, where).stream()
                .filter(p -> structural.stream().noneMatch(s -> s.path().equals(p.path()) && s.reason().equals(p.reason())))
                .forEach(p -> findings.add(ValidationFinding.of(Layer.SCHEMA, ROUTE_CONSTRAINTS, p, resource))));
        MetadataFormats.check(body, where)
                .forEach(p -> findings.add(ValidationFinding.of(Layer.SCHEMA, METADATA, p, resource)));
        return findings;
    }

    private List<Finding> removed(GroupVersionKind gvk, RemovedApis.Removal removal, String where) {
        String replacement = removal.replacement();
        return List.of(Finding.error(where, "/apiVersion", gvk.apiVersion() + " " + gvk.kind()
                        + " was removed in Kubernetes " + removal.removedIn() + " (target " + target + ")",
                replacement.isEmpty() ? gvk.kind() + " has no replacement" : "use " + replacement));
    }
}
