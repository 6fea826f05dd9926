package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

import java.util.Optional;
import java.util.TreeMap;

/**
 * The Deployment: a rolling update that never drops below the running count, no {@code replicas}
 * when an autoscaler owns the count (kube-score targeted-by-hpa-does-not-have-replicas), and a
 * {@code checksum/config} pod annotation so a change of the browser config rolls the pods.
 */
final class DeploymentRenderer implements ObjectRenderer {

    private final PodSpecRenderer pods = new PodSpecRenderer();

    @Override
    public Optional<HasMetadata> render(Release release) {
        var workload = release.workload();
        var podLabels = new TreeMap<>(workload.podLabels());
        podLabels.putAll(release.selector());
        var podAnnotations = new TreeMap<>(workload.podAnnotations());
        podAnnotations.put(ConfigChecksum.ANNOTATION, ConfigChecksum.of(release.browserConfig()));
        var podMeta = new ObjectMetaBuilder().withLabels(podLabels).withAnnotations(podAnnotations).build();
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
