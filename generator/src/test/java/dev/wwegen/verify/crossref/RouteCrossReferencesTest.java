package dev.wwegen.verify.crossref;

import dev.wwegen.verify.Fixture;
import dev.wwegen.verify.model.Layer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gateway API and OpenShift Route references: the shipped prod (Gateway API) and openshift (Route) output
 * resolve; each broken link is one finding naming the field and the fix.
 */
class RouteCrossReferencesTest {

    private static Fixture fixture(String name) {
        try (InputStream in = RouteCrossReferencesTest.class.getResourceAsStream("/verify/routes-" + name + ".yaml")) {
            return Fixture.of(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Cross-reference findings without the file:line, which the layout of the fixture decides. */
    private static List<String> crossref(Fixture fixture) {
        return fixture.validate().stream().filter(f -> f.layer() == Layer.CROSSREF)
                .map(f -> f.finding().path() + ": " + f.finding().reason() + " | " + f.finding().hint()).toList();
    }

    @Test
    void shippedGatewayAndRouteOutputResolveEveryReference() {
        assertThat(crossref(fixture("prod"))).isEmpty();
        assertThat(crossref(fixture("openshift"))).isEmpty();
    }

    @Test
    void anHttpRouteBackendMustNameAServiceAndOneOfItsPorts() {
        assertThat(crossref(fixture("prod").set("HTTPRoute", "/spec/rules/0/backendRefs/0/name", "web")))
                .containsExactly("/spec/rules/0/backendRefs/0/name: backend Service `web` is not defined in namespace"
                        + " wwe | define the Service or fix the name");
        assertThat(crossref(fixture("prod").set("HTTPRoute", "/spec/rules/0/backendRefs/0/port", "8080")))
                .containsExactly("/spec/rules/0/backendRefs/0/port: Service `wwe` has no port 8080 | use one of its"
                        + " ports: 80 (http)");
    }

    @Test
    void aBackendInAnotherNamespaceNeedsAReferenceGrant() {
        assertThat(crossref(fixture("prod").set("HTTPRoute", "/spec/rules/0/backendRefs/0/namespace", "other")))
                .contains("/spec/rules/0/backendRefs/0/namespace: HTTPRoute `wwe` refers to Service `wwe` in namespace"
                        + " other without a ReferenceGrant | add a ReferenceGrant in namespace other from HTTPRoute in"
                        + " namespace wwe to Service wwe");
    }

    @Test
    void aGatewayCertificateInAnotherNamespaceNeedsAReferenceGrantThere() {
        String missing = "/spec/listeners/0/tls/certificateRefs/0: Gateway `wwe` listener `https` refers to Secret"
                + " `wwe-tls` in namespace wwe without a ReferenceGrant | add a ReferenceGrant in namespace wwe from group"
                + " gateway.networking.k8s.io kind Gateway namespace gateway-system to group \"\" kind Secret name wwe-tls";
        assertThat(crossref(fixture("prod").set("ReferenceGrant", "/spec/from/0/namespace", "other")))
                .containsExactly(missing);
        assertThat(crossref(fixture("prod").set("ReferenceGrant", "/spec/to/0/name", "other-tls")))
                .containsExactly(missing);
        assertThat(crossref(fixture("prod").set("ReferenceGrant", "/spec/from/0/group", "example.com")))
                .containsExactly(missing);
        // The grant lives with the Secret: one in the Gateway's namespace grants nothing.
        assertThat(crossref(fixture("prod").set("ReferenceGrant", "/metadata/namespace", "gateway-system")))
                .containsExactly(missing);
        // Same namespace: no grant needed.
        assertThat(crossref(fixture("prod").set("Gateway", "/spec/listeners/0/tls/certificateRefs/0/namespace",
                "gateway-system"))).isEmpty();
    }

    @Test
    void aParentRefMustNameAListenerThatAdmitsTheRoutesNamespace() {
        assertThat(crossref(fixture("prod").set("HTTPRoute", "/spec/parentRefs/0/sectionName", "web")))
                .containsExactly("/spec/parentRefs/0/sectionName: Gateway `wwe` has no listener `web` | use one of its"
                        + " listeners: [https, http]");
        assertThat(crossref(fixture("prod").set("Gateway",
                "/spec/listeners/0/allowedRoutes/namespaces/selector/matchLabels/kubernetes.io~1metadata.name", "other")))
                .containsExactly("/spec/parentRefs/0: Gateway `wwe` listener `https` do not allow routes from namespace"
                        + " wwe | set the listener's allowedRoutes.namespaces to select namespace wwe");
        assertThat(crossref(fixture("prod").set("Gateway", "/spec/listeners/0/allowedRoutes/namespaces/from", "Same")))
                .hasSize(1);
        assertThat(crossref(fixture("prod").set("Gateway", "/spec/listeners/0/allowedRoutes/namespaces/from", "All")))
                .isEmpty();
    }

    @Test
    void theListenerMustTakeTheRoutesKindPortAndHost() {
        assertThat(crossref(fixture("prod").set("Gateway", "/spec/listeners/0/allowedRoutes/kinds",
                "[{kind: GRPCRoute}]"))).containsExactly("/spec/parentRefs/0: Gateway `wwe` listener"
                + " `https` do not accept HTTPRoute (its protocol or allowedRoutes.kinds) | attach to an HTTP or HTTPS"
                + " listener whose allowedRoutes.kinds, if set, lists HTTPRoute");
        assertThat(crossref(fixture("prod").set("Gateway", "/spec/listeners/0/allowedRoutes/kinds",
                "[{kind: HTTPRoute}]"))).isEmpty();
        assertThat(crossref(fixture("prod").set("HTTPRoute", "/spec/parentRefs/0/port", "8443"))).containsExactly(
                "/spec/parentRefs/0/port: Gateway `wwe` listener `https` do not listen on port 8443 | use the port of"
                        + " the listener, or leave port out");
        assertThat(crossref(fixture("prod").set("Gateway", "/spec/listeners/0/hostname", "\"*.example.com\""))).isEmpty();
        assertThat(crossref(fixture("prod").set("Gateway", "/spec/listeners/0/hostname", "\"*.example.org\"")))
                .singleElement().asString().startsWith("/spec/hostnames: Gateway `wwe` listener `https` serve no host of"
                        + " HTTPRoute `wwe`");
    }

    @Test
    void anOpenShiftRouteGoesToAServiceAndOneOfItsPorts() {
        assertThat(crossref(fixture("openshift").set("Route", "/spec/to/name", "web")))
                .containsExactly("/spec/to/name: Route target Service `web` is not defined in namespace wwe | define"
                        + " the Service or fix the name");
        assertThat(crossref(fixture("openshift").set("Route", "/spec/port/targetPort", "metrics")))
                .containsExactly("/spec/port/targetPort: Service `wwe` has no port named or targeting metrics | use one"
                        + " of its ports: 80 (http)");
    }
}
