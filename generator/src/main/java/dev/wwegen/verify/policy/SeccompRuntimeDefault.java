package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * Every container runs under a seccomp profile: {@code RuntimeDefault} (or a {@code Localhost} profile)
 * set on the pod or on the container, never {@code Unconfined}.
 */
public final class SeccompRuntimeDefault extends PodRule {

    @Override
    public String id() {
        return "seccomp-runtime-default";
    }

    @Override
    public String summary() {
        return "seccompProfile RuntimeDefault (or Localhost) for every container";
    }

    @Override
    public String peers() {
        return "KS container-seccomp-profile; Pol linuxHardening; CK 31; PSS";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        String pod = pods.spec().path("securityContext").path("seccompProfile").path("type").asText("");
        for (PodTemplate.Container container : pods.allContainers()) {
            JsonNode own = container.node().path("securityContext").path("seccompProfile").path("type");
            String type = own.isTextual() ? own.asText() : pod;
            if (!type.equals("RuntimeDefault") && !type.equals("Localhost")) {
                String path = own.isTextual() ? container.pointer() + "/securityContext/seccompProfile/type"
                        : pods.specPointer() + "/securityContext/seccompProfile";
                findings.accept(violation(pods.owner(), path, describe(container) + " runs "
                                + (type.isEmpty() ? "without a seccomp profile" : "with seccomp profile " + type),
                        "set the pod's securityContext.seccompProfile.type: RuntimeDefault"));
            }
        }
    }
}
