package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;
import java.util.function.Consumer;

/** Pods do not share the node's network, PID or IPC namespaces, mount its paths, or bind its ports. */
public final class NoHostAccess extends PodRule {

    @Override
    public String id() {
        return "no-host-access";
    }

    @Override
    public String summary() {
        return "no hostNetwork, hostPID, hostIPC, hostPath volumes or hostPort";
    }

    @Override
    public String peers() {
        return "KL host-ipc, host-network, host-pid, sensitive-host-mounts; Pol hostIPCSet, hostPIDSet,"
                + " hostNetworkSet, hostPortSet; CK 17, 18, 19, 26, 27";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pods.spec().path(field).asBoolean(false)) {
                findings.accept(violation(pods.owner(), pods.specPointer() + "/" + field, "the pod sets " + field
                        + ": true", "remove it; the pod must not share the node's namespaces"));
            }
        }
        JsonNode volumes = pods.spec().path("volumes");
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i).has("hostPath")) {
                findings.accept(violation(pods.owner(), pods.specPointer() + "/volumes/" + i + "/hostPath",
                        "volume `" + volumes.get(i).path("name").asText() + "` mounts a path of the node",
                        "use an emptyDir, configMap, secret or projected volume"));
            }
        }
        for (PodTemplate.Container container : pods.allContainers()) {
            JsonNode ports = container.node().path("ports");
            for (int i = 0; i < ports.size(); i++) {
                if (ports.get(i).path("hostPort").asInt(0) != 0) {
                    findings.accept(violation(pods.owner(), container.pointer() + "/ports/" + i + "/hostPort",
                            describe(container) + " binds host port " + ports.get(i).path("hostPort").asInt(),
                            "remove hostPort; expose the pod through a Service"));
                }
            }
        }
    }
}
