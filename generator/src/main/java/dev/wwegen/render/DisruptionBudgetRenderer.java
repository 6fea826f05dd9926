package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;

import java.util.Optional;

/**
 * A PodDisruptionBudget when more than one pod runs (with one pod, any budget blocks node drains).
 * {@code AlwaysAllow} lets drains evict pods that are not ready anyway (kube-linter
 * pdb-unhealthy-pod-eviction-policy).
 */
final class DisruptionBudgetRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        if (!release.scaling().needsDisruptionBudget()) {
            return Optional.empty();
        }
        return Optional.of(new PodDisruptionBudgetBuilder()
                .withMetadata(ObjectRenderer.meta(release, release.name()))
                .withNewSpec()
                .withMaxUnavailable(new IntOrString(release.scaling().maxUnavailable()))
                .withUnhealthyPodEvictionPolicy("AlwaysAllow")
                .withSelector(new LabelSelectorBuilder().withMatchLabels(release.selector()).build())
                .endSpec()
                .build());
    }
}
