package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * Every container drops ALL capabilities and adds none back.
 *
 * <p>Stricter than the restricted Pod Security Standard, which allows adding NET_BIND_SERVICE: wwegen's
 * workloads listen above 1024 (see {@link ContainerPortsNamed}), so nothing needs it.
 */
public final class DropAllCapabilities extends PodRule {

    @Override
    public String id() {
        return "drop-all-capabilities";
    }

    @Override
    public String summary() {
        return "capabilities drop [ALL], add nothing";
    }

    @Override
    public String peers() {
        return "KL drop-net-raw-capability; Pol insecureCapabilities, dangerousCapabilities; CK 25, 28, 37, 39; PSS";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        for (PodTemplate.Container container : pods.allContainers()) {
            JsonNode capabilities = container.node().path("securityContext").path("capabilities");
            String path = container.pointer() + "/securityContext/capabilities";
            boolean dropsAll = false;
            for (JsonNode dropped : capabilities.path("drop")) {
                dropsAll |= dropped.asText().equals("ALL");
            }
            if (!dropsAll) {
                findings.accept(violation(pods.owner(), path + "/drop", describe(container)
                        + " does not drop ALL capabilities", "set securityContext.capabilities.drop: [ALL]"));
            }
            JsonNode added = capabilities.path("add");
            if (!added.isEmpty()) {
                findings.accept(violation(pods.owner(), path + "/add", describe(container) + " adds capabilities "
                        + added, "add none; listen on a port above 1024 instead of adding NET_BIND_SERVICE"));
            }
        }
    }
}
