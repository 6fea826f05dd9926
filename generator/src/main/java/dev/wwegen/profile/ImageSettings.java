package dev.wwegen.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * The WWE container image. Defaults: registry {@code pureengage-docker-staging.jfrog.io}, repository
 * {@code workspace/wwe-nginx}, pull policy {@code Always}; tag and digest have no default, and at least
 * one of them is set.
 *
 * @param registry   host[:port]
 * @param repository path inside the registry
 * @param tag        the release tag; empty only when a digest is given
 * @param digest     {@code sha256:<64 hex>} that pins the image, if any
 * @param pullPolicy {@code Always}, {@code IfNotPresent} or {@code Never}
 */
public record ImageSettings(String registry, String repository, Optional<String> tag, Optional<String> digest,
                            String pullPolicy) {

    public ImageSettings {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(pullPolicy, "pullPolicy");
        if (tag.isEmpty() && digest.isEmpty()) {
            throw new IllegalArgumentException("image " + repository + " needs a tag or a digest");
        }
    }

    /** The reference a Pod spec uses: {@code registry/repository[:tag][@digest]}. */
    public String reference() {
        return registry + "/" + repository + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }
}
