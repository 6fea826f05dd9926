package dev.wwegen.resolve;

import java.util.Optional;

/**
 * How many pods run and how they may be disrupted.
 *
 * @param replicas       fixed replica count; ignored (and not rendered) when {@code autoscaler} is present
 * @param autoscaler     the HorizontalPodAutoscaler settings, if enabled
 * @param maxUnavailable the PodDisruptionBudget's maxUnavailable
 */
public record Scaling(int replicas, Optional<Autoscaler> autoscaler, int maxUnavailable) {

    /**
     * @param minReplicas   at least 1, below maxReplicas
     * @param maxReplicas   upper bound
     * @param cpuPercent    target average CPU utilisation
     * @param memoryPercent target average memory utilisation
     */
    public record Autoscaler(int minReplicas, int maxReplicas, int cpuPercent, int memoryPercent) {
    }

    /** The fewest pods that can be running: a PodDisruptionBudget makes sense only above one. */
    public int minimumPods() {
        return autoscaler.map(Autoscaler::minReplicas).orElse(replicas);
    }

    public boolean needsDisruptionBudget() {
        return minimumPods() > 1;
    }
}
