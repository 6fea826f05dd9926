package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * Containers run as a non-root user: {@code runAsNonRoot: true} (on the container or the pod), and any
 * UID or GID that is set ({@code runAsUser}, {@code runAsGroup}, {@code fsGroup}) is above 10000, so
 * never 0.
 *
 * <p>Exemption: an unset {@code runAsUser}/{@code runAsGroup} passes (kube-score wants them set) because
 * OpenShift's restricted SCC assigns a UID from the namespace's range and rejects a fixed one; the
 * kubelet still refuses to start a root image when {@code runAsNonRoot} is true.
 */
public final class RunAsNonRoot extends PodRule {

    static final int MIN_ID = 10001;

    @Override
    public String id() {
        return "run-as-non-root";
    }

    @Override
    public String summary() {
        return "runAsNonRoot true; UID/GID/fsGroup, when set, above 10000 (never 0)";
    }

    @Override
    public String peers() {
        return "KL run-as-non-root; KS container-security-context-user-group-id; Pol runAsRootAllowed; CK 23, 40; PSS";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        JsonNode pod = pods.spec().path("securityContext");
        String podPath = pods.specPointer() + "/securityContext";
        id(pods, pod.path("fsGroup"), podPath + "/fsGroup", "pod", findings);
        for (PodTemplate.Container container : pods.allContainers()) {
            JsonNode own = container.node().path("securityContext");
            String ownPath = container.pointer() + "/securityContext";
            boolean nonRoot = own.has("runAsNonRoot") ? own.path("runAsNonRoot").asBoolean(false)
                    : pod.path("runAsNonRoot").asBoolean(false);
            if (!nonRoot) {
                findings.accept(violation(pods.owner(), ownPath + "/runAsNonRoot", describe(container)
                                + " may run as root: runAsNonRoot is not true",
                        "set securityContext.runAsNonRoot: true on the pod or the container"));
            }
            for (String field : new String[] {"runAsUser", "runAsGroup"}) {
                boolean onContainer = own.has(field);
                id(pods, onContainer ? own.path(field) : pod.path(field),
                        (onContainer ? ownPath : podPath) + "/" + field, describe(container), findings);
            }
        }
    }

    private void id(PodTemplate pods, JsonNode value, String path, String who, Consumer<ValidationFinding> findings) {
        if (value.isIntegralNumber() && value.asLong() < MIN_ID) {
            String field = path.substring(path.lastIndexOf('/') + 1);
            findings.accept(violation(pods.owner(), path, who + " " + field + " is " + value.asLong()
                    + "; it must be above 10000", "use " + MIN_ID + ", or leave it unset on OpenShift"));
        }
    }
}
