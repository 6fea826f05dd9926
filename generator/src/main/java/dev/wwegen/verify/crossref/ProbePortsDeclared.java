package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;
import java.util.function.Consumer;

/**
 * A probe's port (httpGet, tcpSocket or grpc; liveness, readiness or startup) is one its own container
 * declares, by name or by number, so the probe cannot silently check a port nothing listens on.
 */
public final class ProbePortsDeclared implements CrossReferenceCheck {

    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
    private static final List<String> HANDLERS = List.of("httpGet", "tcpSocket", "grpc");

    @Override
    public String id() {
        return "probe-ports-declared";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : set.podTemplates()) {
            for (PodTemplate.Container container : pods.allContainers()) {
                for (String probe : PROBES) {
                    for (String handler : HANDLERS) {
                        JsonNode port = container.node().path(probe).path(handler).path("port");
                        if (!port.isMissingNode() && !declared(container.node(), port)) {
                            findings.accept(error(pods.owner(), container.pointer() + "/" + probe + "/" + handler
                                            + "/port", probe + " port " + port.asText() + " is not declared by container `"
                                            + container.name() + "`",
                                    "declare it under ports, or probe a declared port: "
                                            + ServiceTargetPortResolves.containerPorts(List.of(container))));
                        }
                    }
                }
            }
        }
    }

    private static boolean declared(JsonNode container, JsonNode port) {
        boolean byName = port.isTextual() && !port.asText().matches("[0-9]+");
        for (JsonNode declared : container.path("ports")) {
            if (byName ? declared.path("name").asText("").equals(port.asText())
                    : declared.path("containerPort").asInt(-1) == port.asInt(-2)) {
                return true;
            }
        }
        return false;
    }
}
