package dev.wwegen.render;

import dev.wwegen.resolve.HelmNames;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Optional;

/**
 * The browser-side configuration (back-end URLs, fixed settings, feature switches) the web app serves;
 * the pod reads it as environment variables, as Genesys's {@code context.envs} does.
 */
final class ConfigMapRenderer implements ObjectRenderer {

    /** The ConfigMap's name for a release. */
    static String name(Release release) {
        return HelmNames.configMap(release.name());
    }

    @Override
    public Optional<HasMetadata> render(Release release) {
        return Optional.of(new ConfigMapBuilder()
                .withMetadata(ObjectRenderer.meta(release, name(release)))
                .withData(release.browserConfig())
                .build());
    }
}
