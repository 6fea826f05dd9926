package dev.wwegen.resolve;

import dev.wwegen.dsl.model.Port;
import dev.wwegen.dsl.model.Probe;
import dev.wwegen.dsl.model.Resources;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The pod: image, ports, probes, resources, identity and placement.
 *
 * @param image             full image reference, pinned by tag and optionally digest
 * @param pullPolicy        Always, IfNotPresent or Never
 * @param pullSecrets       names of image pull secrets
 * @param port              the container port the gateway reaches
 * @param readiness         readiness probe
 * @param liveness          liveness probe
 * @param resources         requests and limits
 * @param writablePaths     directories mounted as emptyDir under a read-only root filesystem
 * @param runAsUser         UID, or empty to let the platform choose (OpenShift)
 * @param runAsGroup        GID, or empty
 * @param fsGroup           fsGroup, or empty
 * @param priorityClassName empty for none
 * @param nodeSelector      node labels the pods require
 * @param tolerations       taints the pods tolerate
 * @param podLabels         extra labels on the pods only
 * @param podAnnotations    annotations on the pods only
 * @param extraPorts        the web app's other declared ports (container ports only), in declaration order
 * @param env               the container's environment variables from the model, sorted
 * @param egress            connections the pods start themselves, in number order (the NetworkPolicy's egress)
 */
public record Workload(String image, String pullPolicy, List<String> pullSecrets, Port port, Probe readiness,
                       Probe liveness, Resources resources, List<String> writablePaths, OptionalLong runAsUser,
                       OptionalLong runAsGroup, OptionalLong fsGroup, String priorityClassName,
                       Map<String, String> nodeSelector, List<Toleration> tolerations,
                       Map<String, String> podLabels, Map<String, String> podAnnotations, List<Port> extraPorts,
                       Map<String, String> env, List<Egress> egress) {

    public Workload {
        pullSecrets = List.copyOf(pullSecrets);
        writablePaths = List.copyOf(writablePaths);
        nodeSelector = Release.sorted(nodeSelector);
        tolerations = List.copyOf(tolerations);
        podLabels = Release.sorted(podLabels);
        podAnnotations = Release.sorted(podAnnotations);
        extraPorts = List.copyOf(extraPorts);
        env = Release.sorted(env);
        egress = List.copyOf(egress);
    }
}
