package dev.wwegen.profile;

/**
 * The HorizontalPodAutoscaler settings. Defaults: disabled, 2 to 6 replicas, 40% CPU, 80% memory.
 *
 * @param enabled                           when true, the Deployment has no replica count and an HPA scales it
 * @param minReplicas                       at least 1 and less than {@code maxReplicas}
 * @param maxReplicas                       upper bound
 * @param targetCPUUtilizationPercentage    1..100
 * @param targetMemoryUtilizationPercentage 1..100
 */
public record Autoscaling(boolean enabled, int minReplicas, int maxReplicas, int targetCPUUtilizationPercentage,
                          int targetMemoryUtilizationPercentage) {

    public Autoscaling {
        if (minReplicas < 1 || minReplicas >= maxReplicas) {
            throw new IllegalArgumentException("autoscaling minReplicas (" + minReplicas
                    + ") must be at least 1 and less than maxReplicas (" + maxReplicas + ")");
        }
    }
}
