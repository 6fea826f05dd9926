package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Objects;

/**
 * A container image reference. The model names the image; a profile usually sets the registry, tag
 * and digest per environment.
 *
 * @param registry   host[:port], empty for the runtime's default registry
 * @param repository path inside the registry, e.g. {@code workspace/wwe-nginx}
 * @param tag        version tag, never {@code latest} (checked by {@code ImageIsPinned})
 * @param digest     {@code sha256:…} or empty; when set it pins the image whatever the tag says
 */
public record Image(String registry, String repository, String tag, String digest) {

    /**
     * Turns missing registry, tag and digest into empty text; the repository is required.
     *
     * @param registry as the record component {@link #registry()}
     * @param repository as the record component {@link #repository()}
     * @param tag as the record component {@link #tag()}
     * @param digest as the record component {@link #digest()}
     */
    public Image {
        CallSites.record(this);
        Objects.requireNonNull(repository, "image repository");
        registry = registry == null ? "" : registry;
        tag = tag == null ? "" : tag;
        digest = digest == null ? "" : digest;
    }

    /**
     * An image with no registry, tag or digest yet.
     *
     * @param repository e.g. {@code workspace/wwe-nginx}
     * @return the image
     */
    public static Image of(String repository) {
        return new Image("", repository, "", "");
    }

    /**
     * Sets the registry.
     *
     * @param host host[:port], e.g. {@code registry.example.com}
     * @return a copy from that registry
     */
    public Image registry(String host) {
        return new Image(host, repository, tag, digest);
    }

    /**
     * Sets the repository.
     *
     * @param path path inside the registry
     * @return a copy with that repository
     */
    public Image repository(String path) {
        return new Image(registry, path, tag, digest);
    }

    /**
     * Sets the version tag.
     *
     * @param version e.g. {@code 100.0.001.0113}; never {@code latest}
     * @return a copy with that tag
     */
    public Image tag(String version) {
        return new Image(registry, repository, version, digest);
    }

    /**
     * Pins the image by digest.
     *
     * @param sha {@code sha256:} and 64 hex digits
     * @return a copy with that digest
     */
    public Image digest(String sha) {
        return new Image(registry, repository, tag, sha);
    }

    /**
     * {@code registry/repository:tag@digest}, leaving out the parts that are empty.
     *
     * @return the reference
     */
    public String reference() {
        StringBuilder ref = new StringBuilder();
        if (!registry.isEmpty()) {
            ref.append(registry).append('/');
        }
        ref.append(repository);
        if (!tag.isEmpty()) {
            ref.append(':').append(tag);
        }
        if (!digest.isEmpty()) {
            ref.append('@').append(digest);
        }
        return ref.toString();
    }
}
