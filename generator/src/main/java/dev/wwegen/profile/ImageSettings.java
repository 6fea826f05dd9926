package dev.wwegen.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * The environment's view of the WWE container image. Defaults: registry
 * {@code pureengage-docker-staging.jfrog.io}, pull policy {@code Always}. Repository and tag default to
 * the model's image (the software and version the model describes); a profile overrides them only to
 * use a mirror or another build.
 *
 * @param registry   host[:port]
 * @param repository path inside the registry, if the profile overrides the model's
 * @param tag        the release tag, if the profile overrides the model's
 * @param digest     {@code sha256:<64 hex>} that pins the image, if any
 * @param pullPolicy {@code Always}, {@code IfNotPresent} or {@code Never}
 */
public record ImageSettings(String registry, Optional<String> repository, Optional<String> tag, Optional<String> digest,
                            String pullPolicy) {

    public ImageSettings {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(pullPolicy, "pullPolicy");
    }

}
