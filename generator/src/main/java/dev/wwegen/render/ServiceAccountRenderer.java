package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;

import java.util.Optional;

/** A dedicated ServiceAccount whose token is never mounted: WWE never calls the Kubernetes API. */
final class ServiceAccountRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        return Optional.of(new ServiceAccountBuilder()
                .withMetadata(ObjectRenderer.meta(release, release.name()))
                .withAutomountServiceAccountToken(false)
                .build());
    }
}
