package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * The pods of a Deployment or StatefulSet spread over nodes and zones: a pod anti-affinity term
 * (preferred or required) on {@code kubernetes.io/hostname} that selects the pod's own labels, and a
 * topologySpreadConstraint on {@code topology.kubernetes.io/zone}. The rule holds for one replica too
 * (an autoscaler or a profile change can add more), so wwegen renders both always.
 */
public final class SpreadAcrossNodesAndZones implements PolicyRule {

    static final String HOST = "kubernetes.io/hostname";
    static final String ZONE = "topology.kubernetes.io/zone";

    @Override
    public String id() {
        return "spread-across-nodes-and-zones";
    }

    @Override
    public String summary() {
        return "pod anti-affinity on kubernetes.io/hostname and a zone topologySpreadConstraint";
    }

    @Override
    public String peers() {
        return "KL no-anti-affinity; KS deployment-has-host-podantiaffinity, pod-topology-spread-constraints;"
                + " Pol topologySpreadConstraint";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : Scaling.replicated(set)) {
            JsonNode antiAffinity = pods.spec().path("affinity").path("podAntiAffinity");
            boolean host = false;
            for (JsonNode term : antiAffinity.path("preferredDuringSchedulingIgnoredDuringExecution")) {
                host |= spreads(term.path("podAffinityTerm"), pods, HOST);
            }
            for (JsonNode term : antiAffinity.path("requiredDuringSchedulingIgnoredDuringExecution")) {
                host |= spreads(term, pods, HOST);
            }
            if (!host) {
                findings.accept(violation(pods.owner(), pods.specPointer() + "/affinity", "pods of "
                                + pods.owner().kind() + " `" + pods.owner().name() + "` may all land on one node",
                        "add a preferred podAntiAffinity term on " + HOST + " selecting the pod's labels"));
            }
            boolean zone = false;
            for (JsonNode constraint : pods.spec().path("topologySpreadConstraints")) {
                zone |= spreads(constraint, pods, ZONE);
            }
            if (!zone) {
                findings.accept(violation(pods.owner(), pods.specPointer() + "/topologySpreadConstraints", "pods of "
                                + pods.owner().kind() + " `" + pods.owner().name() + "` may all land in one zone",
                        "add a topologySpreadConstraint on " + ZONE + " with whenUnsatisfiable: ScheduleAnyway"));
            }
        }
    }

    private static boolean spreads(JsonNode term, PodTemplate pods, String key) {
        return term.path("topologyKey").asText("").equals(key)
                && LabelSelector.selects(term.path("labelSelector"), pods.labels());
    }
}
