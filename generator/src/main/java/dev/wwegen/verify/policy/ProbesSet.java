package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Every container of a long-running workload (Deployment, StatefulSet, DaemonSet, ReplicaSet) has a
 * readiness and a liveness probe, and they differ (kube-score's pod-probes-identical: an identical pair
 * restarts a pod that is merely busy). Jobs, CronJobs, bare Pods and init containers are exempt. That a
 * probe's port is declared is the cross-reference check {@code probe-ports-declared}.
 */
public final class ProbesSet extends PodRule {

    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");

    @Override
    public String id() {
        return "probes-set";
    }

    @Override
    public String summary() {
        return "readiness and liveness probes on long-running containers, not identical";
    }

    @Override
    public String peers() {
        return "KL liveness-port, readiness-port; KS pod-probes, pod-probes-identical; Pol readinessProbeMissing,"
                + " livenessProbeMissing; CK 8, 9";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        if (!LONG_RUNNING.contains(pods.owner().kind())) {
            return;
        }
        for (PodTemplate.Container container : pods.containers()) {
            JsonNode readiness = container.node().path("readinessProbe");
            JsonNode liveness = container.node().path("livenessProbe");
            for (String probe : new String[] {"readinessProbe", "livenessProbe"}) {
                if (container.node().path(probe).isMissingNode()) {
                    findings.accept(violation(pods.owner(), container.pointer() + "/" + probe, describe(container)
                            + " has no " + probe, "probe the named port, e.g. httpGet /index.html on port http"));
                }
            }
            if (!readiness.isMissingNode() && readiness.equals(liveness)) {
                findings.accept(violation(pods.owner(), container.pointer() + "/livenessProbe", describe(container)
                                + " has identical readiness and liveness probes",
                        "make the liveness probe more tolerant (longer period or higher failureThreshold)"));
            }
        }
    }
}
