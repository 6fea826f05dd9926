package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

import java.util.Optional;
import java.util.TreeMap;

/**
 * The Deployment: a rolling update that never drops below the running count, and no {@code replicas}
 * when an autoscaler owns the count (kube-score targeted-by-hpa-does-not-have-replicas).
 */
final class DeploymentRenderer implements ObjectRenderer {

    private final PodSpecRenderer pods = new PodSpecRenderer();

    @Override
    public Optional<HasMetadata> render(Release release) {
        var workload = release.workload();
        var podLabels = new TreeMap<>(workload.podLabels());
        podLabels.putAll(release.selector());
        var podMeta = new ObjectMetaBuilder().withLabels(podLabels)
                .withAnnotations(workload.podAnnotations().isEmpty() ? null : workload.podAnnotations())
                .build();
        Integer replicas = release.scaling().autoscaler().isPresent() ? null : release.scaling().replicas();
        return Optional.of(new DeploymentBuilder()
                .withMetadata(ObjectRenderer.meta(release, release.name()))
                .withNewSpec()
                .withReplicas(replicas)
                .withRevisionHistoryLimit(5)
                .withNewSelector().withMatchLabels(release.selector()).endSelector()
                .withNewStrategy()
                .withType("RollingUpdate")
                .withNewRollingUpdate()
                .withMaxSurge(new IntOrString("25%"))
                .withMaxUnavailable(new IntOrString(0))
                .endRollingUpdate()
                .endStrategy()
                .withNewTemplate()
                .withMetadata(podMeta)
                .withSpec(pods.render(release))
                .endTemplate()
                .endSpec()
                .build());
    }
}
