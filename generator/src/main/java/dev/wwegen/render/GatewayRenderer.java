package dev.wwegen.render;

import dev.wwegen.dsl.model.ControllerAdmission;
import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.resolve.Exposure;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.AllowedRoutes;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.AllowedRoutesBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ListenerBuilder;

import java.util.Map;
import java.util.Optional;

/**
 * The Gateway itself, when the profile asks wwegen to create it ({@code route.gateway.create}): an HTTPS
 * listener on 443 terminating TLS with the profile's secret and a plain-HTTP listener on 80 (which the
 * redirect route turns to HTTPS), both admitting routes from WWE's namespace only (the routes
 * name the hosts).
 */
final class GatewayRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        Exposure exposure = release.exposure();
        var gateway = exposure.gateway();
        if (exposure.kind() != RouteKind.GATEWAY || !gateway.create()) {
            return Optional.empty();
        }
        boolean crossNamespace = !gateway.namespace().equals(release.namespace());
        return Optional.of(new GatewayBuilder()
                .withMetadata(new ObjectMetaBuilder().withName(gateway.name()).withNamespace(gateway.namespace()).build())
                .withNewSpec()
                .withGatewayClassName(gateway.className())
                .withListeners(new ListenerBuilder().withName(gateway.sectionName()).withProtocol("HTTPS").withPort(443)
                                .withNewTls().withMode("Terminate").addNewCertificateRef().withGroup("").withKind("Secret")
                                .withName(exposure.tlsSecret()).withNamespace(crossNamespace ? release.namespace() : null)
                                .endCertificateRef().endTls()
                                .withAllowedRoutes(allowed(release)).build(),
                        new ListenerBuilder().withName(gateway.httpSectionName()).withProtocol("HTTP").withPort(80)
                                .withAllowedRoutes(allowed(release)).build())
                .endSpec()
                .build());
    }

    /** Routes from the release namespace only, selected by its name label. */
    private static AllowedRoutes allowed(Release release) {
        return new AllowedRoutesBuilder().withNewNamespaces().withFrom("Selector")
                .withSelector(new LabelSelectorBuilder().withMatchLabels(new java.util.TreeMap<>(
                        Map.of(ControllerAdmission.NAMESPACE_NAME_LABEL, release.namespace()))).build())
                .endNamespaces().build();
    }
}
