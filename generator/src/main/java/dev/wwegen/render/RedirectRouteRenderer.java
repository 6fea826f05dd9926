package dev.wwegen.render;

import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.resolve.Exposure;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;

import java.util.Optional;

/**
 * The HTTP → HTTPS redirect where the Gateway has a plain-HTTP listener: an HTTPRoute on that listener
 * whose only rule is a RequestRedirect filter (scheme https, 301) — what ingress-nginx's ssl-redirect
 * annotation did.
 */
final class RedirectRouteRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        Exposure exposure = release.exposure();
        if (exposure.kind() != RouteKind.GATEWAY || !exposure.gateway().redirects()) {
            return Optional.empty();
        }
        return Optional.of(new HTTPRouteBuilder()
                .withMetadata(ObjectRenderer.meta(release, name(release)))
                .withNewSpec()
                .withParentRefs(HttpRouteRenderer.parent(exposure.gateway(), exposure.gateway().httpSectionName()))
                .withHostnames(exposure.host())
                .addNewRule()
                .addNewMatch().withNewPath().withType("PathPrefix").withValue("/").endPath().endMatch()
                .addNewFilter().withType("RequestRedirect")
                .withNewRequestRedirect().withScheme("https").withStatusCode(301).endRequestRedirect()
                .endFilter()
                .endRule()
                .endSpec()
                .build());
    }

    /** {@code <name>-https-redirect}. */
    static String name(Release release) {
        return release.name() + "-https-redirect";
    }
}
