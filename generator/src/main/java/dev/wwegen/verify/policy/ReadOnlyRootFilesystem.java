package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/** Every container's root filesystem is read-only; paths a program writes get emptyDir volumes. */
public final class ReadOnlyRootFilesystem extends PodRule {

    @Override
    public String id() {
        return "read-only-root-filesystem";
    }

    @Override
    public String summary() {
        return "readOnlyRootFilesystem true on every container (emptyDir where it writes)";
    }

    @Override
    public String peers() {
        return "KL no-read-only-root-fs; KS container-security-context-readonlyrootfilesystem;"
                + " Pol notReadOnlyRootFilesystem; CK 22";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        for (PodTemplate.Container container : pods.allContainers()) {
            if (!container.node().path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
                findings.accept(violation(pods.owner(), container.pointer() + "/securityContext/readOnlyRootFilesystem",
                        describe(container) + " has a writable root filesystem",
                        "set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes where it writes"));
            }
        }
    }
}
