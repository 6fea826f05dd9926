package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;

import java.util.Optional;

/** An autoscaling/v2 HorizontalPodAutoscaler on CPU and memory, when the profile enables it. */
final class AutoscalerRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        return release.scaling().autoscaler().map(hpa -> new HorizontalPodAutoscalerBuilder()
                .withMetadata(ObjectRenderer.meta(release, release.name()))
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName(release.name())
                .endScaleTargetRef()
                .withMinReplicas(hpa.minReplicas())
                .withMaxReplicas(hpa.maxReplicas())
                .withMetrics(metric("cpu", hpa.cpuPercent()), metric("memory", hpa.memoryPercent()))
                .endSpec()
                .build());
    }

    private static MetricSpec metric(String resource, int percent) {
        return new MetricSpecBuilder()
                .withType("Resource")
                .withNewResource()
                .withName(resource)
                .withNewTarget().withType("Utilization").withAverageUtilization(percent).endTarget()
                .endResource()
                .build();
    }

}
