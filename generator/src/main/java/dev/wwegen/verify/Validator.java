package dev.wwegen.verify;

import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.crossref.CrossReferences;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;
import dev.wwegen.verify.policy.PolicyMode;
import dev.wwegen.verify.policy.PolicyRule;
import dev.wwegen.verify.policy.PolicyRules;
import dev.wwegen.verify.routes.RouteSchemas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
        ResourceSet set = new ResourceSet(resources);
        // One task per object (schema) and one per check over the whole set, run together on the cores: the
        // set's checks had run on one thread after the schema layer, a tenth of a large run. Their findings are
        // joined in the order the layers have always run in, so the report does not depend on scheduling.
        List<Supplier<List<ValidationFinding>>> tasks = new ArrayList<>();
        resources.forEach(resource -> tasks.add(() -> layer.check(resource)));
        tasks.add(() -> ApiServerLimits.check(resources));
        CrossReferences.active(options.skip()).forEach(check -> tasks.add(() -> {
            List<ValidationFinding> found = new ArrayList<>();
            check.check(set, found::add);
            return found;
        }));
        if (options.policy() != PolicyMode.OFF) {
            PolicyRules.active(options.skip()).forEach(rule -> tasks.add(() -> policy(set, rule)));
        }
        var stream = resources.size() >= PARALLEL_FROM ? tasks.parallelStream() : tasks.stream();
        List<ValidationFinding> findings = new ArrayList<>();
        stream.map(Supplier::get).toList().forEach(findings::addAll);
        findings.sort(ValidationFinding.ORDER);
        return findings;
    }

    private List<ValidationFinding> policy(ResourceSet set, PolicyRule rule) {
        List<ValidationFinding> findings = new ArrayList<>();
        rule.check(set, options.environment(), finding -> {
            boolean downgrade = options.policy() == PolicyMode.WARN && finding.isError();
            findings.add(downgrade ? finding.withSeverity(Severity.WARNING) : finding);
        });
        return findings;
    }
}
