package dev.wwegen.verify.policy;

/**
 * What a rule may need to know beyond the objects.
 *
 * @param environment {@link Environment#PRODUCTION} (the default) holds workloads to the highly available
 *                    rules; {@link Environment#DEVELOPMENT} lets a single replica pass (see
 *                    {@link ReplicasAndDisruptionBudget})
 */
public record PolicyOptions(Environment environment) {

    /** Whether the objects are meant for a production-like cluster. */
    public enum Environment {
        PRODUCTION, DEVELOPMENT
    }

    public static final PolicyOptions PRODUCTION = new PolicyOptions(Environment.PRODUCTION);
    public static final PolicyOptions DEVELOPMENT = new PolicyOptions(Environment.DEVELOPMENT);

    public PolicyOptions {
        java.util.Objects.requireNonNull(environment, "environment");
    }
}
