package dev.wwegen.fleet;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.render.RenderedObject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * N+1 sizing (Genesys HA/DR for WWE: N = N (N+1)): a cell that needs N pods runs at least N+1, and neither a
 * node nor a zone going away, nor a voluntary disruption the PodDisruptionBudget allows, leaves fewer than N.
 * Read from the rendered objects, so it checks what is deployed, not what was meant.
 *
 * <ul>
 *   <li>pods = the Deployment's replicas, or the autoscaler's minReplicas (its floor) when it has one;</li>
 *   <li>a node: pods − 1 ≥ N (the pods prefer distinct nodes);</li>
 *   <li>a zone, when the region has more than one: the zone spread's maxSkew s bounds the pods one zone can hold
 *       to ⌊(pods + (zones − 1)·s) / zones⌋, and pods minus that must be ≥ N;</li>
 *   <li>the PodDisruptionBudget's maxUnavailable ≤ pods − N.</li>
 * </ul>
 */
final class SizingRule {

    private SizingRule() {
    }

    /** The pods a cell keeps when it loses its fullest zone, or empty when nothing is rendered. */
    record Sizing(int pods, int worstZone, int maxUnavailable, boolean zoneSpreadRequired) {
    }

    static Optional<Sizing> sizing(List<RenderedObject> objects, int zones) {
        Integer pods = null;
        int maxSkew = 1;
        boolean required = false;
        int maxUnavailable = 0;
        for (RenderedObject object : objects) {
            Map<String, Object> tree = object.tree();
            Map<String, Object> spec = map(tree.get("spec"));
            switch (object.kind()) {
                case "Deployment" -> {
                    if (pods == null && spec.get("replicas") instanceof Number n) {
                        pods = n.intValue();
                    }
                    Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
                    if (pod.get("topologySpreadConstraints") instanceof List<?> spreads) {
                        for (Object s : spreads) {
                            Map<String, Object> spread = map(s);
                            if ("topology.kubernetes.io/zone".equals(spread.get("topologyKey"))) {
                                maxSkew = ((Number) spread.get("maxSkew")).intValue();
                                required = "DoNotSchedule".equals(spread.get("whenUnsatisfiable"));
                            }
                        }
                    }
                }
                case "HorizontalPodAutoscaler" -> pods = ((Number) spec.get("minReplicas")).intValue();
                case "PodDisruptionBudget" -> maxUnavailable = spec.get("maxUnavailable") instanceof Number n
                        ? n.intValue() : 0;
                default -> { }
            }
        }
        if (pods == null) {
            return Optional.empty();
        }
        int worst = zones <= 1 ? pods : Math.min(pods, (pods + (zones - 1) * maxSkew) / zones);
        return Optional.of(new Sizing(pods, worst, maxUnavailable, required));
    }

    static void check(Cell cell, List<RenderedObject> objects, List<Finding> findings) {
        Optional<Sizing> found = sizing(objects, cell.zones());
        if (found.isEmpty()) {
            return;
        }
        Sizing s = found.get();
        int n = cell.capacity();
        String path = "environments." + cell.environment() + ".regions." + cell.region();
        String scale = "raise replicas (or autoscaling.minReplicas) to " + (n + 1) + " or more in the cell's overrides";
        if (s.pods() - 1 < n) {
            findings.add(Finding.error(cell.where(), path + ".capacity", cell.name() + " runs " + s.pods()
                    + " pod(s) but needs N = " + n + ": N+1 means at least " + (n + 1) + ", so losing a node leaves N",
                    scale));
        } else if (cell.zones() > 1 && s.pods() - s.worstZone() < n) {
            findings.add(Finding.error(cell.where(), path + ".zones", cell.name() + " runs " + s.pods() + " pods over "
                    + cell.zones() + " zones: one zone can hold " + s.worstZone() + ", so losing it leaves "
                    + (s.pods() - s.worstZone()) + " < N = " + n, "raise replicas (or autoscaling.minReplicas) to at least "
                    + podsForZones(n, cell.zones())));
        }
        if (s.maxUnavailable() > s.pods() - n && s.pods() > n) {
            findings.add(Finding.error(cell.where(), path + ".overrides.podDisruptionBudget.maxUnavailable",
                    cell.name() + "'s PodDisruptionBudget lets " + s.maxUnavailable() + " of " + s.pods()
                            + " pods go, leaving fewer than N = " + n, "set podDisruptionBudget.maxUnavailable to "
                            + Math.max(1, s.pods() - n)));
        }
    }

    /** The fewest pods that survive the loss of any one of {@code zones} zones with N left (maxSkew 1). */
    static int podsForZones(int n, int zones) {
        int pods = n + 1;
        if (zones <= 1) {
            return pods;
        }
        while (pods - (pods + zones - 1) / zones < n) {
            pods++;
        }
        return pods;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
