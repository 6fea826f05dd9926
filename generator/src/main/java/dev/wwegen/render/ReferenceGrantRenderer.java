package dev.wwegen.render;

import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.resolve.Exposure;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.ReferenceGrantBuilder;

import java.util.Optional;

/**
 * The ReferenceGrant a cross-namespace reference needs: a Gateway wwegen creates in another namespace
 * refers to the TLS Secret in WWE's namespace, which the Gateway API allows only when the Secret's
 * namespace grants it. (The HTTPRoute's own references — its Gateway through parentRefs, its Service in
 * its own namespace — need none: the Gateway's allowedRoutes governs the first.)
 */
final class ReferenceGrantRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        Exposure exposure = release.exposure();
        var gateway = exposure.gateway();
        if (exposure.kind() != RouteKind.GATEWAY || !gateway.create() || gateway.namespace().equals(release.namespace())) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceGrantBuilder()
                .withMetadata(ObjectRenderer.meta(release, release.name() + "-gateway-tls"))
                .withNewSpec()
                .addNewFrom().withGroup(HttpRouteRenderer.GROUP).withKind("Gateway").withNamespace(gateway.namespace())
                .endFrom()
                .addNewTo().withGroup("").withKind("Secret").withName(exposure.tlsSecret()).endTo()
                .endSpec()
                .build());
    }
}
