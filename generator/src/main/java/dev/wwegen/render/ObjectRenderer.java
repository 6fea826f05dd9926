package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;

import java.util.Optional;

/** Renders one Kubernetes object of a release, or nothing when the release does not need it. */
interface ObjectRenderer {

    Optional<HasMetadata> render(Release release);

    /** Name and namespace only: common labels are added to every object by a decorator. */
    static ObjectMeta meta(Release release, String name) {
        return new ObjectMetaBuilder().withName(name).withNamespace(release.namespace()).build();
    }
}
