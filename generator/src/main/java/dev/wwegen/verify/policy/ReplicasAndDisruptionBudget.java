package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;
import java.util.function.Consumer;

/**
 * Deployments and StatefulSets run at least 2 pods (replicas, or the autoscaler's minReplicas), and a
 * PodDisruptionBudget covers every workload that runs more than one: {@code maxUnavailable} of at least 1
 * (never 0, never a {@code minAvailable} that leaves no disruption), with {@code unhealthyPodEvictionPolicy}
 * set. A workload of one pod must not have a budget, which would block node drains.
 *
 * <p>Exemption: in a development environment ({@link PolicyOptions.Environment#DEVELOPMENT}: a profile with
 * {@code environment: development}, or {@code wwegen validate --environment development}) one replica passes, since
 * policy-checks.md asks for 2 only in prod-like profiles. The budget checks still apply.
 */
public final class ReplicasAndDisruptionBudget implements PolicyRule {

    @Override
    public String id() {
        return "replicas-and-pdb";
    }

    @Override
    public String summary() {
        return ">= 2 replicas (production); PDB maxUnavailable >= 1 with unhealthyPodEvictionPolicy, only when"
                + " replicas > 1";
    }

    @Override
    public String peers() {
        return "KL pdb-min-available, pdb-max-unavailable, pdb-unhealthy-pod-eviction-policy; KS deployment-replicas,"
                + " deployment-has-poddisruptionbudget; Pol deploymentMissingReplicas, missingPodDisruptionBudget,"
                + " pdbDisruptionsIsZero";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : Scaling.replicated(set)) {
            Resource workload = pods.owner();
            int replicas = Scaling.minimumReplicas(set, workload);
            List<Resource> budgets = Scaling.budgets(set, pods);
            if (replicas < 2 && options.environment() == PolicyOptions.Environment.PRODUCTION) {
                findings.accept(violation(workload, "/spec/replicas", workload.kind() + " `" + workload.name()
                                + "` runs " + replicas + " replica; production needs at least 2",
                        "set replicas: 2 or more, or an autoscaler with minReplicas >= 2"
                                + " (development: --environment development)"));
            }
            if (replicas > 1 && budgets.isEmpty()) {
                findings.accept(violation(workload, "/spec/selector", "no PodDisruptionBudget covers the "
                        + replicas + " pods of " + workload.kind() + " `" + workload.name() + "`",
                        "add a PodDisruptionBudget with maxUnavailable: 1 and this selector"));
            }
            for (Resource budget : budgets) {
                budget(budget, workload, replicas, findings);
            }
        }
    }

    private void budget(Resource budget, Resource workload, int replicas, Consumer<ValidationFinding> findings) {
        JsonNode spec = budget.body().path("spec");
        String who = "PodDisruptionBudget `" + budget.name() + "`";
        if (replicas <= 1) {
            findings.accept(violation(budget, "/spec", who + " covers " + workload.kind() + " `" + workload.name()
                    + "`, which runs 1 replica, and would block node drains", "remove it, or run 2 or more replicas"));
            return;
        }
        JsonNode max = spec.path("maxUnavailable");
        JsonNode min = spec.path("minAvailable");
        if (max.isMissingNode() && min.isMissingNode() || max.asText().equals("0") || max.asText().equals("0%")) {
            findings.accept(violation(budget, "/spec/maxUnavailable", who + " allows no disruption",
                    "set maxUnavailable: 1"));
        } else if (min.isIntegralNumber() && min.asInt() >= replicas || min.asText().equals("100%")) {
            findings.accept(violation(budget, "/spec/minAvailable", who + " minAvailable " + min.asText()
                    + " leaves no pod of " + replicas + " to evict", "use maxUnavailable: 1 instead"));
        }
        if (!spec.has("unhealthyPodEvictionPolicy")) {
            findings.accept(violation(budget, "/spec/unhealthyPodEvictionPolicy", who
                            + " sets no unhealthyPodEvictionPolicy, so crash-looping pods block drains",
                    "set unhealthyPodEvictionPolicy: AlwaysAllow"));
        }
    }
}
