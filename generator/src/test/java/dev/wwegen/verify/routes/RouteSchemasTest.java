package dev.wwegen.verify.routes;

import dev.wwegen.verify.Fixture;
import dev.wwegen.verify.GroupVersionKind;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.kubeconform.RouteSchemaExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route kinds' schemas on known-good objects (wwegen's own output and the Gateway API's documented
 * examples, retyped) and known-bad ones, one broken constraint or CEL rule each.
 */
class RouteSchemasTest {

    static final String HTTPROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: wwe}
            spec:
              parentRefs: [{name: shared, namespace: gateway-system, sectionName: https}]
              hostnames: ["wwe.example.com", "*.wwe.example.com"]
              rules:
              - matches: [{path: {type: PathPrefix, value: /}}]
                backendRefs: [{name: wwe, port: 80, weight: 10}]
              - matches: [{method: GET, headers: [{name: x-static, value: "1"}]}]
                filters: [{type: URLRewrite, urlRewrite: {hostname: static.example.com, path: {type: ReplaceFullPath, replaceFullPath: /static}}}]
                backendRefs: [{name: wwe, port: 80}]
            """;
    static final String GATEWAY = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: wwe}
            spec:
              gatewayClassName: eg
              listeners:
              - {name: https, protocol: HTTPS, port: 443, tls: {mode: Terminate, certificateRefs: [{name: wwe-tls}]}}
              - {name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: Same}}}
            """;
    static final String GRPCROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GRPCRoute
            metadata: {name: g, namespace: wwe}
            spec:
              parentRefs: [{name: gw}]
              rules: [{matches: [{method: {service: com.example.Echo}}], backendRefs: [{name: echo, port: 9000}]}]
            """;
    static final String GATEWAYCLASS = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata: {name: eg}
            spec: {controllerName: gateway.envoyproxy.io/gatewayclass-controller}
            """;
    static final String GRANT = """
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: g, namespace: wwe}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: gateway-system}]
              to: [{group: "", kind: Secret, name: wwe-tls}]
            """;
    static final String ROUTE = """
            apiVersion: route.openshift.io/v1
            kind: Route
            metadata: {name: r, namespace: wwe}
            spec:
              host: wwe.apps.example.com
              to: {kind: Service, name: wwe, weight: 100}
              port: {targetPort: http}
              tls: {termination: reencrypt, insecureEdgeTerminationPolicy: Redirect}
            """;

    /** Schema-layer findings as "pointer: reason". */
    private static List<String> schema(String yaml) {
        return Fixture.of("in.yaml", yaml).validate().stream().filter(f -> f.layer() == Layer.SCHEMA)
                .map(f -> f.finding().path() + ": " + f.finding().reason().replaceAll(" \\[schema[^\\]]*]$", "")).toList();
    }

    @Test
    void knownGoodObjectsOfEveryKindPass() {
        for (String yaml : List.of(HTTPROUTE, GATEWAY, GRPCROUTE, GATEWAYCLASS, GRANT, ROUTE)) {
            assertThat(schema(yaml)).as(yaml).isEmpty();
        }
    }

    @Test
    void everyKindOfTheIssueHasASchemaNamingItsSource() {
        assertThat(RouteSchemas.bundled().kinds()).extracting(k -> k.gvk().kind()).containsExactly("GatewayClass",
                "Gateway", "HTTPRoute", "GRPCRoute", "ReferenceGrant", "Route");
        assertThat(RouteSchemas.bundled().kinds()).allMatch(k -> k.source().contains("v1.4.0")
                || k.source().contains("openshift/api"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "path without slash|value: /|value: app|/spec/rules/0/matches/0/path: value must be an absolute path and start"
                    + " with '/' when type one of ['Exact', 'PathPrefix']",
            "double slash|value: /|value: /a//b|/spec/rules/0/matches/0/path: must not contain '//' when type one of"
                    + " ['Exact', 'PathPrefix']",
            "service without port|{name: wwe, port: 80, weight: 10}|{name: wwe}|/spec/rules/0/backendRefs/0: Must have port"
                    + " for Service reference",
            "wildcard inside|\"*.wwe.example.com\"|\"wwe.*.example.com\"|/spec/hostnames/1: \"wwe.*.example.com\" does"
                    + " not match ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
            "bad section name|sectionName: https|sectionName: HTTPS|/spec/parentRefs/0/sectionName: \"HTTPS\" does not"
                    + " match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
            "port out of range|port: 80, weight|port: 70000, weight|/spec/rules/0/backendRefs/0/port: 70000 is above"
                    + " the maximum 65535",
            "weight out of range|weight: 10|weight: 2000000|/spec/rules/0/backendRefs/0/weight: 2000000 is above the"
                    + " maximum 1000000",
            "path type|type: PathPrefix|type: Prefix|/spec/rules/0/matches/0/path: type must be one of ['Exact',"
                    + " 'PathPrefix', 'RegularExpression']",
            "unknown field|weight: 10}|weight: 10, colour: red}|/spec/rules/0/backendRefs/0/colour: unknown field `colour`"})
    void aBrokenHttpRouteIsRejectedAsTheApiServerWould(String name, String from, String to, String expected) {
        assertThat(schema(HTTPROUTE.replace(from, to))).as(name).contains(expected).allMatch(f -> f.startsWith(
                expected.substring(0, expected.indexOf(':'))));
    }

    @Test
    void aNullListItemIsASchemaErrorAndTheCelRulesAtItsPathPassOverIt() {
        // rules[] and backendRefs[] carry CEL rules; a null item there had ended the run with an internal error.
        String nullRule = HTTPROUTE.replace("  rules:\n", "  rules:\n  - null\n");
        String nullBackend = HTTPROUTE.replace("backendRefs: [{name: wwe, port: 80}]", "backendRefs: [null]");
        assertThat(schema(nullRule)).contains("/spec/rules/0: got null, want object")
                .noneMatch(f -> f.startsWith("/spec/rules/0") && !f.endsWith("got null, want object"));
        assertThat(schema(nullBackend)).contains("/spec/rules/1/backendRefs/0: got null, want object")
                .noneMatch(f -> f.startsWith("/spec/rules/1/backendRefs/0") && !f.endsWith("got null, want object"));
    }

    @Test
    void gatewayListenersFollowTheCrdsCelRules() {
        assertThat(schema(GATEWAY.replace("name: http,", "name: https,"))).containsExactly(
                "/spec/listeners: Listener name must be unique within the Gateway",
                "/spec/listeners/1: Duplicate value: {name=https}");
        assertThat(schema(GATEWAY.replace("mode: Terminate", "mode: Passthrough")))
                .containsExactly("/spec/listeners: tls mode must be Terminate for protocol HTTPS");
        assertThat(schema(GATEWAY.replace("certificateRefs: [{name: wwe-tls}]", "certificateRefs: []")))
                .containsExactly("/spec/listeners/0/tls: certificateRefs or options must be specified when mode is"
                        + " Terminate (the rule failed: key 'options' is not present in map)");
        assertThat(schema(GATEWAY.replace("  gatewayClassName: eg\n", ""))).containsExactly(
                "/spec/gatewayClassName: missing required field `gatewayClassName`");
        assertThat(schema(GATEWAY.replace("from: Same", "from: Some"))).hasSize(1);
    }

    @Test
    void grpcRouteAndReferenceGrantAndGatewayClass() {
        assertThat(schema(GRPCROUTE.replace("{service: com.example.Echo}", "{type: Exact}"))).containsExactly(
                "/spec/rules/0/matches/0/method: One or both of 'service' or 'method' must be specified");
        assertThat(schema(GRANT.replace("namespace: gateway-system", "namespace: Gateway_System"))).hasSize(1);
        assertThat(schema(GRANT.replace("  to: [{group: \"\", kind: Secret, name: wwe-tls}]\n", ""))).containsExactly(
                "/spec/to: missing required field `to`");
        assertThat(schema(GATEWAYCLASS.replace("gateway.envoyproxy.io/gatewayclass-controller", "envoy"))).hasSize(1);
    }

    @Test
    void openShiftRouteTerminationsAndTheirRules() {
        assertThat(schema(ROUTE.replace("termination: reencrypt", "termination: passthru"))).containsExactly(
                "/spec/tls/termination: \"passthru\" is not one of edge, reencrypt, passthrough");
        assertThat(schema(ROUTE.replace("termination: reencrypt, insecureEdgeTerminationPolicy: Redirect",
                "termination: passthrough, insecureEdgeTerminationPolicy: Allow"))).containsExactly(
                "/spec/tls: cannot have both spec.tls.termination: passthrough and"
                        + " spec.tls.insecureEdgeTerminationPolicy: Allow");
        assertThat(schema(ROUTE.replace("  port: {targetPort: http}\n", "  path: /x\n")
                .replace("reencrypt", "passthrough"))).contains(
                "/spec: passthrough termination does not support paths (openshift-apiserver)");
        assertThat(schema(ROUTE.replace("weight: 100", "weight: 300"))).containsExactly(
                "/spec/to/weight: 300 is above the maximum 256");
    }

    @Test
    void exportWritesTheCrdCatalogLayoutForKubeconform(@TempDir Path dir) throws IOException {
        assertThat(RouteSchemaExport.write(dir)).isEqualTo(6);
        assertThat(dir.resolve("gateway.networking.k8s.io/httproute_v1.json")).exists();
        assertThat(dir.resolve("gateway.networking.k8s.io/referencegrant_v1beta1.json")).exists();
        assertThat(dir.resolve("route.openshift.io/route_v1.json")).exists();
        String httproute = Files.readString(dir.resolve("gateway.networking.k8s.io/httproute_v1.json"));
        assertThat(httproute).contains("\"additionalProperties\":false", "\"maxItems\":16",
                "Gateway API v1.4.0 (standard channel)");
        assertThat(RouteSchemaExport.path(GroupVersionKind.of("gateway.networking.k8s.io/v1", "GRPCRoute")))
                .isEqualTo("gateway.networking.k8s.io/grpcroute_v1.json");
    }
}
