package dev.wwegen.verify.routes;

import dev.wwegen.verify.Fixture;
import dev.wwegen.verify.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraints as audited against the Gateway API v1.4.0 standard-channel CRDs and openshift/api route/v1
 * with openshift/library-go's route validation: for each correction, an object the real API server accepts
 * that wwegen had rejected, or one it rejects that wwegen had passed.
 */
class RouteConstraintsAuditTest {

    private static final String GATEWAY = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: gateway-system}
            spec:
              gatewayClassName: eg
              listeners:
              - {name: https, protocol: HTTPS, port: 443, tls: {mode: Terminate, certificateRefs: [{name: wwe-tls, namespace: wwe}]}}
              - {name: http, protocol: HTTP, port: 80}
            """;
    private static final String HTTPROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: wwe}
            spec:
              parentRefs: [{name: gw, namespace: gateway-system, sectionName: https}]
              hostnames: [wwe.example.com]
              rules:
              - matches: [{path: {type: PathPrefix, value: /}, headers: [{name: x-env, value: prod}]}]
                backendRefs: [{name: wwe, port: 80}]
                timeouts: {request: 30s, backendRequest: 10s}
            """;
    private static final String REDIRECT = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: redirect, namespace: wwe}
            spec:
              parentRefs: [{name: gw, namespace: gateway-system, sectionName: http}]
              rules: [{filters: [{type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301}}]}]
            """;
    private static final String ROUTE = """
            apiVersion: route.openshift.io/v1
            kind: Route
            metadata: {name: r, namespace: wwe}
            spec:
              host: wwe.apps.example.com
              to: {kind: Service, name: wwe}
              port: {targetPort: http}
              tls: {termination: edge, insecureEdgeTerminationPolicy: Redirect}
            """;

    private static List<String> schema(String yaml) {
        return Fixture.of("in.yaml", yaml).validate().stream().filter(f -> f.layer() == Layer.SCHEMA)
                .map(f -> f.finding().path() + ": " + f.finding().reason().replaceAll(" \\[schema[^\\]]*]$", "")).toList();
    }

    @Test
    void theKnownGoodObjectsPass() {
        for (String yaml : List.of(GATEWAY, HTTPROUTE, REDIRECT, ROUTE)) {
            assertThat(schema(yaml)).as(yaml).isEmpty();
        }
    }

    @Test
    void anHttpsListenerWithoutTlsIsAcceptedByTheCrdButOnlyTerminateMode() {
        // v1.4.0 has no "tls must be set for HTTPS" rule (the controller reports it, the API server does not).
        assertThat(schema(GATEWAY.replace(", tls: {mode: Terminate, certificateRefs: [{name: wwe-tls, namespace: wwe}]}",
                ""))).isEmpty();
        assertThat(schema(GATEWAY.replace("mode: Terminate", "mode: Passthrough")))
                .containsExactly("/spec/listeners: tls mode must be Terminate for protocol HTTPS");
    }

    @Test
    void terminateNeedsCertificateRefsOrOptions() {
        assertThat(schema(GATEWAY.replace("certificateRefs: [{name: wwe-tls, namespace: wwe}]",
                "options: {example.com/cert-source: vault}"))).isEmpty();
        assertThat(schema(GATEWAY.replace(", certificateRefs: [{name: wwe-tls, namespace: wwe}]", "")))
                .singleElement().asString().startsWith(
                        "/spec/listeners/0/tls: certificateRefs or options must be specified when mode is Terminate");
    }

    @Test
    void parentRefsToOneGatewayNeedDistinctSectionNames() {
        String two = HTTPROUTE.replace("parentRefs: [{name: gw, namespace: gateway-system, sectionName: https}]",
                "parentRefs: [{name: gw, namespace: gateway-system, sectionName: https}, {name: gw, namespace: gateway-system%s}]");
        assertThat(schema(two.formatted(", sectionName: http"))).isEmpty();
        assertThat(schema(two.formatted(""))).contains(
                "/spec/parentRefs: sectionName must be specified when parentRefs includes 2 or more references to the"
                        + " same parent");
        assertThat(schema(two.formatted(", sectionName: https"))).contains(
                "/spec/parentRefs: sectionName must be unique when parentRefs includes 2 or more references to the same"
                        + " parent");
        // Same name in two namespaces is two parents: needs the CRD's `__namespace__` escaping to see it.
        assertThat(schema(HTTPROUTE.replace("parentRefs: [{name: gw, namespace: gateway-system, sectionName: https}]",
                "parentRefs: [{name: gw, namespace: gateway-system}, {name: gw, namespace: other}]"))).isEmpty();
    }

    @Test
    void redirectAndRewriteHostnamesArePreciseAndRewritesNeedAPrefixMatch() {
        assertThat(schema(REDIRECT.replace("scheme: https,", "scheme: https, hostname: \"*.example.com\","))).contains(
                "/spec/rules/0/filters/0/requestRedirect/hostname: \"*.example.com\" does not match"
                        + " ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
        String rewrite = HTTPROUTE.replace("    timeouts:", "    filters: [{type: URLRewrite, urlRewrite: {path: {type:"
                + " ReplacePrefixMatch, replacePrefixMatch: /app}}}]\n    timeouts:");
        assertThat(schema(rewrite)).isEmpty();
        assertThat(schema(rewrite.replace("type: PathPrefix, value: /}", "type: RegularExpression, value: \"/.*\"}")))
                .containsExactly("/spec/rules/0: When using URLRewrite filter with path.replacePrefixMatch, exactly one"
                        + " PathPrefix match must be specified");
        assertThat(schema(REDIRECT.replace("statusCode: 301", "statusCode: 307"))).containsExactly(
                "/spec/rules/0/filters/0/requestRedirect/statusCode: 307 is not one of 301, 302");
    }

    @Test
    void experimentalChannelFieldsAreUnknownToAStandardChannelServer() {
        assertThat(schema(HTTPROUTE.replace("    timeouts:", "    retry: {attempts: 2}\n    timeouts:")))
                .containsExactly("/spec/rules/0/retry: unknown field `retry`");
        assertThat(schema(GATEWAY + "  tls: {frontend: {default: {validation: {mode: AllowValidOnly}}}}\n"))
                .containsExactly("/spec/tls: unknown field `tls`");
    }

    @Test
    void headerMatchesHaveTokenNamesListedOnce() {
        assertThat(schema(HTTPROUTE.replace("name: x-env", "name: x env"))).containsExactly(
                "/spec/rules/0/matches/0/headers/0/name: \"x env\" does not match ^[A-Za-z0-9!#$%&'*+\\-.^_`|~]+$");
        assertThat(schema(HTTPROUTE.replace("headers: [{name: x-env, value: prod}]",
                "headers: [{name: x-env, value: prod}, {name: x-env, value: dev}]"))).containsExactly(
                "/spec/rules/0/matches/0/headers/1: Duplicate value: {name=x-env}");
    }

    @Test
    void pathsAndTimeoutsFollowTheCrdsRules() {
        assertThat(schema(HTTPROUTE.replace("value: /}", "value: /a%2Fb}"))).containsExactly(
                "/spec/rules/0/matches/0/path: must not contain '%2F' when type one of ['Exact', 'PathPrefix']");
        assertThat(schema(HTTPROUTE.replace("value: /}", "value: \"/a b\"}"))).containsExactly(
                "/spec/rules/0/matches/0/path: must only contain valid characters (matching"
                        + " ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']");
        assertThat(schema(HTTPROUTE.replace("backendRequest: 10s", "backendRequest: 1m"))).containsExactly(
                "/spec/rules/0/timeouts: backendRequest timeout cannot be longer than request timeout");
        assertThat(schema(HTTPROUTE.replace("request: 30s,", "request: 0s,").replace("backendRequest: 10s",
                "backendRequest: 1h"))).isEmpty();
    }

    @Test
    void grpcServiceNamesAreChecked() {
        String grpc = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata: {name: g, namespace: wwe}
                spec:
                  parentRefs: [{name: gw}]
                  rules: [{matches: [{method: {service: com.example.Echo, method: Ping}}], backendRefs: [{name: echo, port: 9000}]}]
                """;
        assertThat(schema(grpc)).isEmpty();
        assertThat(schema(grpc.replace("com.example.Echo", "com/example"))).containsExactly(
                "/spec/rules/0/matches/0/method: service must only contain valid characters (matching"
                        + " ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)");
    }

    @Test
    void openShiftRouteHostsAndTlsAsTheApiServerChecksThem() {
        assertThat(schema(ROUTE.replace("wwe.apps.example.com", "WWE.apps.example.com"))).containsExactly(
                "/spec: host must conform to DNS 952 subdomain conventions (openshift-apiserver: lower-case DNS-1123"
                        + " subdomain)");
        assertThat(schema(ROUTE.replace("wwe.apps", "w" + "x".repeat(63) + ".apps"))).singleElement().asString()
                .startsWith("/spec/host: \"wx");
        assertThat(schema(ROUTE.replace("insecureEdgeTerminationPolicy: Redirect",
                "destinationCACertificate: CA"))).containsExactly(
                "/spec/tls: edge termination does not support destination certificates (openshift-apiserver)");
        assertThat(schema(ROUTE.replace("termination: edge", "termination: passthrough, certificate: CERT")))
                .containsExactly("/spec/tls: passthrough termination does not support certificates (openshift-apiserver)");
        assertThat(schema(ROUTE.replace("  host: wwe.apps.example.com\n", "  wildcardPolicy: Subdomain\n")))
                .containsExactly("/spec: host name not specified for wildcard policy (openshift-apiserver)");
        String headers = ROUTE + "  httpHeaders: {actions: {response: [{name: X-Frame-Options, action: {type: Set,"
                + " set: {value: DENY}}}]}}\n";
        assertThat(schema(headers)).isEmpty();
        assertThat(schema(headers.replace("X-Frame-Options", "Set-Cookie"))).containsExactly(
                "/spec/httpHeaders/actions/response/0/name: strict-transport-security, proxy, cookie and set-cookie"
                        + " headers may not be modified via header actions");
        assertThat(schema(headers.replace("termination: edge", "termination: passthrough"))).containsExactly(
                "/spec: header actions are not permitted when tls termination is passthrough.");
    }
}
