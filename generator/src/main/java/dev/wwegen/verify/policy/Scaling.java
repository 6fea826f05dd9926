package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;

import java.util.List;
import java.util.Optional;

/** How many pods a workload runs: its autoscaler, its replica count, and the budgets over its pods. */
final class Scaling {

    private Scaling() {
    }

    /** The HorizontalPodAutoscaler of the input that targets {@code workload}, if any. */
    static Optional<Resource> autoscaler(ResourceSet set, Resource workload) {
        return set.ofKindIn("HorizontalPodAutoscaler", workload.namespace()).stream()
                .filter(h -> {
                    JsonNode target = h.body().path("spec").path("scaleTargetRef");
                    return target.path("kind").asText().equals(workload.kind())
                            && target.path("name").asText().equals(workload.name());
                })
                .findFirst();
    }

    /** The fewest pods the workload runs: the autoscaler's minReplicas (default 1), else spec.replicas (default 1). */
    static int minimumReplicas(ResourceSet set, Resource workload) {
        return autoscaler(set, workload)
                .map(h -> h.body().path("spec").path("minReplicas").asInt(1))
                .orElseGet(() -> workload.body().path("spec").path("replicas").asInt(1));
    }

    /** The PodDisruptionBudgets of the input that select the workload's pods. */
    static List<Resource> budgets(ResourceSet set, PodTemplate pods) {
        return set.ofKindIn("PodDisruptionBudget", pods.owner().namespace()).stream()
                .filter(b -> LabelSelector.selects(b.body().path("spec").path("selector"), pods.labels()))
                .toList();
    }

    /** The Deployments and StatefulSets of the input, with their pod templates: what replicas rules are about. */
    static List<PodTemplate> replicated(ResourceSet set) {
        return set.podTemplates().stream()
                .filter(t -> t.owner().kind().equals("Deployment") || t.owner().kind().equals("StatefulSet"))
                .toList();
    }
}
