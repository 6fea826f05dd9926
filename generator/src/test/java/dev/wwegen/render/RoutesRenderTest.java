package dev.wwegen.render;

import dev.wwegen.dsl.model.ControllerAdmission;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ControllerPreset;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route objects of each kind, and the NetworkPolicy admitting the controller the profile chose: read
 * back from the rendered trees and matched as the NetworkPolicy API matches labels, so a policy that
 * stops admitting the chosen controller — or admits another one — fails here.
 */
class RoutesRenderTest {

    private static final Generator GENERATOR = new Generator(WweReference.architecture(),
            new ProfileLoader(ProfileSource.bundled()));

    private static List<RenderedObject> objects(String profile) {
        Generation g = GENERATOR.generate(profile);
        assertThat(g.inputOk()).as(g.inputFindings().toString()).isTrue();
        return g.objects();
    }

    private static Map<String, Object> object(String profile, String kind, String name) {
        return objects(profile).stream().filter(o -> o.kind().equals(kind) && o.object().getMetadata().getName()
                .equals(name)).findFirst().orElseThrow().tree();
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object tree, String... path) {
        Object node = tree;
        for (String step : path) {
            node = node == null ? null : step.matches("\\d+") ? ((List<Object>) node).get(Integer.parseInt(step))
                    : ((Map<String, Object>) node).get(step);
        }
        return (T) node;
    }

    /** The peer of the policy's only ingress rule as an admission, read from the rendered tree. */
    private static ControllerAdmission peer(String profile) {
        Map<String, Object> peer = at(object(profile, "NetworkPolicy", "wwe"), "spec", "ingress", "0", "from", "0");
        Map<String, String> pods = at(peer, "podSelector", "matchLabels");
        return new ControllerAdmission(at(peer, "namespaceSelector", "matchLabels"), pods == null ? Map.of() : pods);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod", "openshift", "staging-gateway"})
    void theNetworkPolicyAdmitsTheChosenControllerAndOnlyIt(String profile) {
        var controller = GENERATOR.generate(profile).release().orElseThrow().architecture().gateway().orElseThrow()
                .controller();
        assertThat(peer(profile).admits(controller.namespaceIdentity(), controller.podLabels())).isTrue();
        var nginx = Map.of(ControllerAdmission.NAMESPACE_NAME_LABEL, "ingress-nginx");
        boolean nginxChosen = controller.name().equals(ControllerPreset.INGRESS_NGINX.key());
        assertThat(peer(profile).admits(nginx, Map.of("app.kubernetes.io/name", "ingress-nginx"))).isEqualTo(nginxChosen);
    }

    @Test
    void openshiftAdmitsTheRouterByOpenShiftsPolicyGroupLabelAndNotIngressNginx() {
        var peer = peer("openshift");
        assertThat(peer.namespaceLabels()).isEqualTo(Map.of("policy-group.network.openshift.io/ingress", ""));
        assertThat(peer.podLabels()).isEmpty();
        assertThat(peer.admits(Map.of(ControllerAdmission.NAMESPACE_NAME_LABEL, "openshift-ingress",
                "policy-group.network.openshift.io/ingress", ""), Map.of())).isTrue();
    }

    @Test
    void eachKindRendersItsOwnRouteObjectOnly() {
        assertThat(objects("staging")).extracting(RenderedObject::kind).contains("Ingress")
                .doesNotContain("HTTPRoute", "Route", "Gateway");
        assertThat(objects("openshift")).extracting(RenderedObject::kind).contains("Route")
                .doesNotContain("HTTPRoute", "Ingress", "Gateway");
        assertThat(objects("prod")).extracting(RenderedObject::kind).containsSubsequence("ReferenceGrant", "Gateway",
                "HTTPRoute", "HTTPRoute", "NetworkPolicy").doesNotContain("Ingress", "Route");
        assertThat(objects("staging-gateway")).extracting(RenderedObject::kind).contains("HTTPRoute")
                .doesNotContain("Gateway", "ReferenceGrant", "Ingress");
    }

    @Test
    void theHttpRouteAttachesToTheGatewayListenerAndSendsSlashToTheServicePort() {
        var spec = at(object("staging-gateway", "HTTPRoute", "wwe"), "spec");
        assertThat((Object) at(spec, "parentRefs")).isEqualTo(List.of(Map.of("group", "gateway.networking.k8s.io",
                "kind", "Gateway", "name", "shared", "namespace", "gateway-system", "sectionName", "https")));
        assertThat((Object) at(spec, "hostnames")).isEqualTo(List.of("wwe.staging.example.com"));
        assertThat((Object) at(spec, "rules", "0")).isEqualTo(Map.of(
                "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/"))),
                "backendRefs", List.of(Map.of("group", "", "kind", "Service", "name", "wwe", "port", 80, "weight", 1))));
        var redirect = at(object("staging-gateway", "HTTPRoute", "wwe-https-redirect"), "spec");
        assertThat((Object) at(redirect, "parentRefs", "0", "sectionName")).isEqualTo("http");
        assertThat((Object) at(redirect, "rules", "0", "filters")).isEqualTo(List.of(Map.of("type", "RequestRedirect",
                "requestRedirect", Map.of("scheme", "https", "statusCode", 301))));
    }

    @Test
    void aCreatedGatewayInAnotherNamespaceGetsAReferenceGrantForItsSecret() {
        var gateway = object("prod", "Gateway", "wwe");
        assertThat((Object) at(gateway, "metadata", "namespace")).isEqualTo("gateway-system");
        assertThat((Object) at(gateway, "spec", "listeners", "0", "tls", "certificateRefs")).isEqualTo(List.of(
                Map.of("group", "", "kind", "Secret", "name", "wwe-tls", "namespace", "wwe")));
        assertThat((Object) at(gateway, "spec", "listeners", "0", "allowedRoutes", "namespaces")).isEqualTo(Map.of(
                "from", "Selector", "selector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "wwe"))));
        var grant = at(object("prod", "ReferenceGrant", "wwe-gateway-tls"), "spec");
        assertThat((Object) at(grant, "from")).isEqualTo(List.of(Map.of("group", "gateway.networking.k8s.io",
                "kind", "Gateway", "namespace", "gateway-system")));
        assertThat((Object) at(grant, "to")).isEqualTo(List.of(Map.of("group", "", "kind", "Secret", "name", "wwe-tls")));
    }

    @Test
    void theOpenShiftRouteGoesToTheServiceNamedPortWithEdgeTlsAndRedirect() {
        var spec = at(object("openshift", "Route", "wwe"), "spec");
        assertThat((Object) at(spec, "to")).isEqualTo(Map.of("kind", "Service", "name", "wwe", "weight", 100));
        assertThat((Object) at(spec, "port")).isEqualTo(Map.of("targetPort", "http"));
        assertThat((Object) at(spec, "tls")).isEqualTo(Map.of("termination", "edge",
                "insecureEdgeTerminationPolicy", "Redirect"));
        assertThat((Object) at(spec, "host")).isEqualTo("wwe.example.com");
    }
}
