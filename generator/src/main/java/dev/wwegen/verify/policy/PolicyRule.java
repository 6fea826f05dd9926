package dev.wwegen.verify.policy;

import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/** One policy rule: a stable id, what it protects, the peers' ids for the same check, and the check. */
public interface PolicyRule {

    /** Stable id used by {@code --skip} and in reports, e.g. {@code run-as-non-root}. */
    String id();

    /** One line: the invariant, as docs/validation.md lists it. */
    String summary();

    /** The peers' ids for this check (KL kube-linter, KS kube-score, Pol Polaris, CK Checkov, PSS). */
    String peers();

    /** Reports every violation in {@code set} to {@code findings}. */
    void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings);

    /** An error of this rule about a field of {@code resource}. */
    default ValidationFinding violation(Resource resource, String path, String reason, String hint) {
        return ValidationFinding.about(Layer.POLICY, id(), Severity.ERROR, resource, path, reason, hint);
    }
}
