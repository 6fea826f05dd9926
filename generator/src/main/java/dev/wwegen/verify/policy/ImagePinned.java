package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * Every image names an explicit tag other than {@code latest}, and a digest, when given, is a well-formed
 * {@code sha256:} of 64 hex digits. An image pinned only by digest (no tag) passes: the digest is the
 * stronger pin.
 */
public final class ImagePinned extends PodRule {

    @Override
    public String id() {
        return "image-pinned";
    }

    @Override
    public String summary() {
        return "image has an explicit tag (not latest) or a well-formed sha256 digest";
    }

    @Override
    public String peers() {
        return "KL latest-tag; KS container-image-tag; Pol tagNotSpecified; CK 14, 43";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        for (PodTemplate.Container container : pods.allContainers()) {
            String image = container.node().path("image").asText("");
            ImageReference reference = ImageReference.parse(image);
            String path = container.pointer() + "/image";
            if (reference.hasDigest() && !reference.digestWellFormed()) {
                findings.accept(violation(pods.owner(), path, describe(container) + " image " + image
                        + " has a malformed digest", "write the digest as sha256: and 64 lower-case hex digits"));
            } else if (!reference.hasDigest() && reference.tag().isEmpty()) {
                findings.accept(violation(pods.owner(), path, describe(container) + " image `" + image
                        + "` has no tag", "pin a release tag, e.g. " + image + ":1.2.3, or a digest"));
            } else if (reference.tag().equals("latest")) {
                findings.accept(violation(pods.owner(), path, describe(container) + " image `" + image
                        + "` uses the tag latest", "pin a release tag or a digest"));
            }
        }
    }
}
