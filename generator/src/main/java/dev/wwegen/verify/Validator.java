package dev.wwegen.verify;

import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.crossref.CrossReferences;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;
import dev.wwegen.verify.policy.PolicyMode;
import dev.wwegen.verify.policy.PolicyRules;
import dev.wwegen.verify.routes.RouteSchemas;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the in-process layers over a set of objects: schema (per object, in parallel for large sets),
 * then cross-reference and policy (over the whole set). Parsing happens before (see
 * {@code verify.input}) and kubeconform beside (see {@code verify.kubeconform}).
 *
 * <p>Thread-safe; one instance can validate many sets.
 */
public final class Validator {

    private static final int PARALLEL_FROM = 256;

    private final ValidationOptions options;
    private final SchemaValidator schema;

    public Validator(ValidationOptions options) {
        this(options, new SchemaValidator());
    }

    public Validator(ValidationOptions options, SchemaValidator schema) {
        this.options = options;
        this.schema = schema;
    }

    public ValidationOptions options() {
        return options;
    }

    /** Every finding of every layer, in report order ({@link ValidationFinding#ORDER}). */
    public List<ValidationFinding> validate(List<Resource> resources) {
        // The bundled route kinds come last, when no CRD gives them, and are made only when an object has one.
        CustomResourceSchemas crds = new CustomResourceSchemas(schema.schema(), gvk -> RouteSchemas.bundled()
                .lookup(gvk).map(RouteSchemas::asCrd));
        options.crds().forEach(crds::add);
        resources.stream().filter(r -> r.kind().equals("CustomResourceDefinition")).forEach(r -> crds.add(r.body()));
        SchemaLayer layer = new SchemaLayer(schema, crds, options.target());
        List<ValidationFinding> findings = new ArrayList<>();
        var stream = resources.size() >= PARALLEL_FROM ? resources.parallelStream() : resources.stream();
        stream.map(layer::check).toList().forEach(findings::addAll);
        findings.addAll(ApiServerLimits.check(resources));
        ResourceSet set = new ResourceSet(resources);
        findings.addAll(CrossReferences.check(set, options.skip()));
        if (options.policy() != PolicyMode.OFF) {
            for (ValidationFinding finding : PolicyRules.check(set, options.environment(), options.skip())) {
                boolean downgrade = options.policy() == PolicyMode.WARN && finding.isError();
                findings.add(downgrade ? finding.withSeverity(Severity.WARNING) : finding);
            }
        }
        findings.sort(ValidationFinding.ORDER);
        return findings;
    }
}
