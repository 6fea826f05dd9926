package dev.wwegen.render;

import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;

import java.util.Optional;

/**
 * The Ingress the controller serves for the agents' host: TLS always on, one Prefix path to the
 * Service's port. It realises connections 7–9 of the reference architecture.
 */
final class IngressRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        var exposure = release.exposure();
        if (exposure.kind() != RouteKind.INGRESS) {
            return Optional.empty();
        }
        return Optional.of(new IngressBuilder()
                .withMetadata(new ObjectMetaBuilder(ObjectRenderer.meta(release, release.name()))
                        .withAnnotations(exposure.ingressAnnotations().isEmpty() ? null : exposure.ingressAnnotations())
                        .build())
                .withNewSpec()
                .withIngressClassName(exposure.ingressClassName())
                .addNewTl().withHosts(exposure.host()).withSecretName(exposure.tlsSecret()).endTl()
                .addNewRule()
                .withHost(exposure.host())
                .withNewHttp()
                .addNewPath()
                .withPath("/")
                .withPathType("Prefix")
                .withNewBackend()
                .withNewService()
                .withName(release.name())
                .withNewPort().withNumber(exposure.servicePort()).endPort()
                .endService()
                .endBackend()
                .endPath()
                .endHttp()
                .endRule()
                .endSpec()
                .build());
    }
}
