package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;

import java.util.Optional;

/** A ClusterIP Service: port → the container's named port, so the container may move ports freely. */
final class ServiceRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        var port = release.workload().port();
        return Optional.of(new ServiceBuilder()
                .withMetadata(ObjectRenderer.meta(release, release.name()))
                .withNewSpec()
                .withType("ClusterIP")
                .withSelector(release.selector())
                .addNewPort()
                .withName(port.name())
                .withPort(release.exposure().servicePort())
                .withTargetPort(new IntOrString(port.name()))
                .withProtocol(port.protocol().transport())
                .endPort()
                .endSpec()
                .build());
    }
}
