package dev.wwegen.render;

import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.resolve.Exposure;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReferenceBuilder;

import java.util.Optional;

/**
 * The Gateway API HTTPRoute (gateway.networking.k8s.io/v1) for the agents' host: attached by parentRefs
 * to the profile's Gateway (and HTTPS listener, if named), one rule sending {@code /} to the WWE
 * Service's port. It realises connections 7–9 when the profile's route kind is gateway.
 */
final class HttpRouteRenderer implements ObjectRenderer {

    static final String GROUP = "gateway.networking.k8s.io";

    @Override
    public Optional<HasMetadata> render(Release release) {
        Exposure exposure = release.exposure();
        if (exposure.kind() != RouteKind.GATEWAY) {
            return Optional.empty();
        }
        return Optional.of(new HTTPRouteBuilder()
                .withMetadata(new ObjectMetaBuilder(ObjectRenderer.meta(release, release.name()))
                        .withAnnotations(exposure.ingressAnnotations().isEmpty() ? null : exposure.ingressAnnotations())
                        .build())
                .withNewSpec()
                .withParentRefs(parent(exposure.gateway(), exposure.gateway().sectionName()))
                .withHostnames(exposure.host())
                .addNewRule()
                .addNewMatch().withNewPath().withType("PathPrefix").withValue("/").endPath().endMatch()
                .addNewBackendRef().withGroup("").withKind("Service").withName(release.name())
                .withPort(exposure.servicePort()).withWeight(1).endBackendRef()
                .endRule()
                .endSpec()
                .build());
    }

    /** A parentRef to the Gateway, with the listener's section name when one is given. */
    static ParentReference parent(Exposure.GatewayAttachment gateway, String sectionName) {
        return new ParentReferenceBuilder().withGroup(GROUP).withKind("Gateway").withName(gateway.name())
                .withNamespace(gateway.namespace()).withSectionName(sectionName.isEmpty() ? null : sectionName)
                .build();
    }
}
