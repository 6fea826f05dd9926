package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * Deployments say {@code strategy.type: RollingUpdate} explicitly (kube-linter's no-rolling-update-strategy;
 * Recreate takes every pod down at once), and Services stay inside the cluster: ClusterIP (or unset, which
 * means ClusterIP) or ExternalName, never NodePort or LoadBalancer; traffic enters through the Ingress.
 */
public final class RollingUpdateAndClusterIp implements PolicyRule {

    @Override
    public String id() {
        return "rolling-update-and-cluster-ip";
    }

    @Override
    public String summary() {
        return "Deployment strategy RollingUpdate; Service type ClusterIP";
    }

    @Override
    public String peers() {
        return "KL no-rolling-update-strategy, exposed-services; KS deployment-strategy, service-type";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (Resource deployment : set.ofKind("Deployment")) {
            String strategy = deployment.body().path("spec").path("strategy").path("type").asText("");
            if (!strategy.equals("RollingUpdate")) {
                findings.accept(violation(deployment, "/spec/strategy", "Deployment `" + deployment.name()
                                + "` " + (strategy.isEmpty() ? "does not set strategy.type" : "uses strategy " + strategy),
                        "set strategy.type: RollingUpdate"));
            }
        }
        for (Resource service : set.ofKind("Service")) {
            String type = service.body().path("spec").path("type").asText("ClusterIP");
            if (type.equals("NodePort") || type.equals("LoadBalancer")) {
                findings.accept(violation(service, "/spec/type", "Service `" + service.name() + "` is of type "
                        + type + " and exposed outside the cluster", "use ClusterIP and route through the Ingress"));
            }
        }
    }
}
