package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Container ports are named (so Services and probes refer to them by name), the name is an IANA service
 * name (at most 15 lower-case letters, digits and single hyphens, with a letter), and the port is not a
 * privileged one (below 1024). A Service's named targetPort must be such a name too.
 */
public final class ContainerPortsNamed implements PolicyRule {

    static final Pattern IANA_SVC_NAME = Pattern.compile("(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public String id() {
        return "container-ports";
    }

    @Override
    public String summary() {
        return "container ports named (IANA_SVC_NAME, <= 15 chars), not below 1024";
    }

    @Override
    public String peers() {
        return "KL invalid-target-ports, privileged-ports; KS container-ports-check";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : set.podTemplates()) {
            for (PodTemplate.Container container : pods.allContainers()) {
                JsonNode ports = container.node().path("ports");
                for (int i = 0; i < ports.size(); i++) {
                    port(pods.owner(), container, ports.get(i), container.pointer() + "/ports/" + i, findings);
                }
            }
        }
        for (Resource service : set.ofKind("Service")) {
            JsonNode ports = service.body().path("spec").path("ports");
            for (int i = 0; i < ports.size(); i++) {
                JsonNode target = ports.get(i).path("targetPort");
                if (target.isTextual() && !IANA_SVC_NAME.matcher(target.asText()).matches()) {
                    findings.accept(violation(service, "/spec/ports/" + i + "/targetPort", "targetPort `"
                            + target.asText() + "` is not a valid port name", nameHint()));
                }
            }
        }
    }

    private void port(Resource owner, PodTemplate.Container container, JsonNode port, String path,
                      Consumer<ValidationFinding> findings) {
        int number = port.path("containerPort").asInt(0);
        String who = PodRule.describe(container) + " port " + number;
        if (!port.has("name")) {
            findings.accept(violation(owner, path, who + " has no name", "name it, e.g. http, and refer to it by name"));
        } else if (!IANA_SVC_NAME.matcher(port.path("name").asText()).matches()) {
            findings.accept(violation(owner, path + "/name", who + " name `" + port.path("name").asText()
                    + "` is not a valid port name", nameHint()));
        }
        if (number > 0 && number < 1024) {
            findings.accept(violation(owner, path + "/containerPort", who + " is privileged (below 1024)",
                    "listen on a port above 1024, e.g. 8080"));
        }
    }

    private static String nameHint() {
        return "use at most 15 lower-case letters, digits and single hyphens, with at least one letter, e.g. http";
    }
}
