package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * No container can gain privileges: {@code allowPrivilegeEscalation} is explicitly false (the restricted
 * Pod Security Standard requires it written, since the default is true) and {@code privileged} is not true.
 */
public final class NoPrivilegeEscalation extends PodRule {

    @Override
    public String id() {
        return "no-privilege-escalation";
    }

    @Override
    public String summary() {
        return "allowPrivilegeEscalation false and not privileged";
    }

    @Override
    public String peers() {
        return "KL privilege-escalation-container, privileged-container; KS container-security-context-privileged;"
                + " Pol privilegeEscalationAllowed, runAsPrivileged; CK 16, 20; PSS";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        for (PodTemplate.Container container : pods.allContainers()) {
            JsonNode context = container.node().path("securityContext");
            String path = container.pointer() + "/securityContext";
            if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
                findings.accept(violation(pods.owner(), path + "/allowPrivilegeEscalation", describe(container)
                                + " allows privilege escalation", "set securityContext.allowPrivilegeEscalation: false"));
            }
            if (context.path("privileged").asBoolean(false)) {
                findings.accept(violation(pods.owner(), path + "/privileged", describe(container)
                        + " is privileged", "remove privileged: true; grant no more than the program needs"));
            }
        }
    }
}
