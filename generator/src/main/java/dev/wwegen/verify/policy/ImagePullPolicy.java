package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * Every container sets {@code imagePullPolicy: Always}, so a node never runs a stale copy of a re-pushed
 * tag, unless a digest pins the image: then {@code IfNotPresent} (or {@code Never}) is as safe and spares
 * the registry (Checkov's CKV_K8S_15 waiver, which wwegen's prod profile uses).
 */
public final class ImagePullPolicy extends PodRule {

    @Override
    public String id() {
        return "image-pull-policy";
    }

    @Override
    public String summary() {
        return "imagePullPolicy Always, or IfNotPresent when a digest pins the image";
    }

    @Override
    public String peers() {
        return "KS container-image-pull-policy; Pol pullPolicyNotAlways; CK 15";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        for (PodTemplate.Container container : pods.allContainers()) {
            String policy = container.node().path("imagePullPolicy").asText("");
            boolean digest = ImageReference.parse(container.node().path("image").asText("")).hasDigest();
            if (!policy.equals("Always") && !(digest && !policy.isEmpty())) {
                findings.accept(violation(pods.owner(), container.pointer() + "/imagePullPolicy", describe(container)
                                + (policy.isEmpty() ? " sets no imagePullPolicy" : " pulls " + policy)
                                + " but its image is not pinned by a digest",
                        "set imagePullPolicy: Always, or pin the image with @sha256:… and use IfNotPresent"));
            }
        }
    }
}
