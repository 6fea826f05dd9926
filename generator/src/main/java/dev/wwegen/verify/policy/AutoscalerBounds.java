package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * A HorizontalPodAutoscaler keeps at least 2 pods and can grow ({@code minReplicas >= 2} and
 * {@code < maxReplicas}), and the workload it scales sets no {@code replicas} (each apply would reset the
 * autoscaler's choice).
 *
 * <p>Where the peers disagree: kube-score wants no {@code replicas} on an autoscaled Deployment while
 * Polaris' deploymentMissingReplicas wants one; wwegen follows kube-score, and takes the autoscaler's
 * minReplicas as the replica count (see {@link ReplicasAndDisruptionBudget}). kube-linter's
 * hpa-minimum-three-replicas asks for 3; wwegen asks for 2 as policy-checks.md does.
 *
 * <p>Exemption: in a development environment an autoscaler may go down to one pod, as a fixed replica
 * count may (see {@link ReplicasAndDisruptionBudget}).
 */
public final class AutoscalerBounds implements PolicyRule {

    @Override
    public String id() {
        return "hpa";
    }

    @Override
    public String summary() {
        return "HPA minReplicas >= 2 and < maxReplicas; no replicas on the workload it scales";
    }

    @Override
    public String peers() {
        return "KL hpa-minimum-three-replicas, dangling-hpa; KS hpa-has-target, hpa-replicas,"
                + " targeted-by-hpa-does-not-have-replicas; Pol hpaMinAvailability, hpaMaxAvailability,"
                + " pdbMinAvailableGreaterThanHPAMinReplicas";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (Resource hpa : set.ofKind("HorizontalPodAutoscaler")) {
            JsonNode spec = hpa.body().path("spec");
            int min = spec.path("minReplicas").asInt(1);
            int max = spec.path("maxReplicas").asInt(0);
            if (min < 2 && options.environment() == PolicyOptions.Environment.PRODUCTION) {
                findings.accept(violation(hpa, "/spec/minReplicas", "HorizontalPodAutoscaler `" + hpa.name()
                        + "` may scale down to " + min + " pod", "set minReplicas: 2 or more"));
            }
            if (max <= min) {
                findings.accept(violation(hpa, "/spec/maxReplicas", "maxReplicas " + max
                        + " is not above minReplicas " + min, "set maxReplicas above minReplicas"));
            }
        }
        for (var pods : Scaling.replicated(set)) {
            Resource workload = pods.owner();
            if (workload.body().path("spec").has("replicas") && Scaling.autoscaler(set, workload).isPresent()) {
                findings.accept(violation(workload, "/spec/replicas", workload.kind() + " `" + workload.name()
                        + "` sets replicas although an autoscaler scales it", "remove spec.replicas"));
            }
        }
    }
}
