package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;
import java.util.function.Consumer;

/**
 * Each port of a Service reaches a container port, by name or number, of every workload it selects;
 * {@code targetPort} defaults to {@code port}, as in Kubernetes.
 */
public final class ServiceTargetPortResolves implements CrossReferenceCheck {

    @Override
    public String id() {
        return "service-target-port-resolves";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource service : set.ofKind("Service")) {
            JsonNode selector = service.body().path("spec").path("selector");
            List<PodTemplate> selected = set.podTemplatesIn(service.namespace()).stream()
                    .filter(t -> LabelSelector.mapSelects(selector, t.labels()))
                    .toList();
            JsonNode ports = service.body().path("spec").path("ports");
            for (int i = 0; i < ports.size(); i++) {
                JsonNode target = ports.get(i).has("targetPort") ? ports.get(i).get("targetPort")
                        : ports.get(i).path("port");
                for (PodTemplate pods : selected) {
                    if (!pods.declaresPort(target)) {
                        Resource owner = pods.owner();
                        findings.accept(error(service, "/spec/ports/" + i + "/targetPort", "targetPort "
                                        + target.asText() + " is not a container port of " + owner.ref(),
                                "name one of its container ports: " + containerPorts(pods.containers())));
                    }
                }
            }
        }
    }

    /** "8080 (http), 9090": the ports the containers declare, for hints. */
    static String containerPorts(List<PodTemplate.Container> containers) {
        StringBuilder text = new StringBuilder();
        for (PodTemplate.Container container : containers) {
            for (JsonNode port : container.node().path("ports")) {
                text.append(text.length() == 0 ? "" : ", ").append(port.path("containerPort").asText());
                if (port.has("name")) {
                    text.append(" (").append(port.path("name").asText()).append(')');
                }
            }
        }
        return text.length() == 0 ? "none declared" : text.toString();
    }
}
