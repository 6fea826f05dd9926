package dev.wwegen.verify;

import dev.wwegen.verify.policy.PolicyMode;
import dev.wwegen.verify.policy.PolicyOptions;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to validate.
 *
 * @param policy     whether policy findings are errors (default), warnings, or not reported
 * @param skip       ids of policy rules and cross-reference checks not to run
 * @param target     the Kubernetes version to check API removals against (default 1.34, the bundled schema's)
 * @param environment production (default) or development, for the replicas rule
 * @param crds       CustomResourceDefinitions to validate custom resources against
 */
public record ValidationOptions(PolicyMode policy, Set<String> skip, KubernetesVersion target,
                                PolicyOptions environment, List<com.fasterxml.jackson.databind.JsonNode> crds) {

    /** Everything on, production, Kubernetes 1.34, no CRDs. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(PolicyMode.ERROR, Set.of(),
            KubernetesVersion.BUNDLED, PolicyOptions.PRODUCTION, List.of());

    public ValidationOptions {
        Objects.requireNonNull(policy, "policy");
        skip = Set.copyOf(skip);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(environment, "environment");
        crds = List.copyOf(crds);
    }

    public ValidationOptions withEnvironment(PolicyOptions environment) {
        return new ValidationOptions(policy, skip, target, environment, crds);
    }

    /** These options with {@code crds} instead of this one's. */
    public ValidationOptions withCrds(List<com.fasterxml.jackson.databind.JsonNode> crds) {
        return new ValidationOptions(policy, skip, target, environment, crds);
    }
}
