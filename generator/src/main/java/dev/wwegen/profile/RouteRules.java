package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.RouteKind;

import java.util.List;
import java.util.Map;

/**
 * The rules of the {@code route:} block that relate several keys: a Gateway API route names its Gateway,
 * the controller serves the chosen kind and the Ingress class, ingress-nginx annotations only go to
 * ingress-nginx (on a Gateway API profile each is named with its Gateway API equivalent, or "none"), and
 * ingress-nginx itself is retired.
 */
final class RouteRules {

    private final TreeValues values;
    private final Locations locations;
    private final List<Finding> findings;

    RouteRules(TreeValues values, Locations locations, List<Finding> findings) {
        this.values = values;
        this.locations = locations;
        this.findings = findings;
    }

    void check() {
        RouteKind kind = RouteKind.ofKey(values.text("route.kind")).orElseThrow();
        ControllerPreset preset = preset(kind);
        if (!preset.kinds().contains(kind)) {
            error("route.controller.preset", "controller " + preset.key() + " does not serve route kind " + kind.key(),
                    "use one of " + ControllerPreset.keys().stream()
                            .filter(k -> ControllerPreset.ofKey(k).orElseThrow().kinds().contains(kind)).toList()
                            + " or route.kind: " + preset.kinds().iterator().next().key());
        }
        if (preset == ControllerPreset.CUSTOM && values.get("route.controller.namespace") == null) {
            error("route.controller.preset", "a custom controller needs its namespace",
                    "set route.controller.namespace and route.controller.podLabels");
        }
        if (kind == RouteKind.GATEWAY) {
            gateway();
        }
        if (kind == RouteKind.INGRESS) {
            ingressClass(preset);
        }
        annotations(kind, preset);
        if (preset.retired() && kind == RouteKind.INGRESS) {
            String at = values.get("route.controller.preset") != null ? "route.controller.preset" : "route.kind";
            String where = locations.of(at).startsWith(ProfileLoader.DEFAULTS_DISPLAY) ? locations.file() : locations.of(at);
            findings.add(Finding.warning(where, at, "ingress-nginx is retired: the Kubernetes project"
                            + " ended its maintenance in March 2026 (no releases, no security fixes)",
                    "move to the Gateway API (route.kind: gateway) or another controller (route.controller.preset:"
                            + " traefik, haproxy, custom); docs/migration-gateway-api.md shows the change"));
        }
    }

    private ControllerPreset preset(RouteKind kind) {
        String word = values.text("route.controller.preset");
        return word == null ? ControllerPreset.defaultFor(kind) : ControllerPreset.ofKey(word).orElseThrow();
    }

    private void gateway() {
        Object name = values.get("route.gateway.name");
        if (name == null) {
            error("route.kind", "route.gateway.name is not set: an HTTPRoute must name the Gateway it attaches to",
                    "add route: {gateway: {name: my-gateway, namespace: gateway-system}}");
        }
        boolean create = Boolean.TRUE.equals(values.get("route.gateway.create"));
        if (create && values.get("route.gateway.className") == null) {
            error("route.gateway.create", "a Gateway wwegen creates needs its GatewayClass",
                    "set route.gateway.className, e.g. eg (Envoy Gateway) or istio");
        }
        Object https = values.get("route.gateway.sectionName");
        Object http = values.get("route.gateway.httpSectionName");
        if (http != null && https == null && !create) {
            error("route.gateway.httpSectionName", "the redirect route takes listener " + http
                    + " but the main route attaches to every listener, the HTTP one too",
                    "set route.gateway.sectionName to the Gateway's HTTPS listener, e.g. https");
        }
        // As bound: a Gateway wwegen creates has listeners https and http unless named; two listeners of one
        // name are rejected by the API server (Gateway API: listener names are unique, a list-map key).
        Object httpsListener = https != null ? https : create ? "https" : null;
        Object httpListener = http != null ? http : create ? "http" : null;
        if (httpListener != null && !"".equals(httpListener) && httpListener.equals(httpsListener)) {
            error(http != null ? "route.gateway.httpSectionName" : "route.gateway.sectionName",
                    "the HTTP and the HTTPS listener are both " + httpListener
                            + (https == null || http == null ? " (the other one's default)" : "")
                            + (create ? ": the API server rejects a Gateway with two listeners of one name" : ""),
                    "name the Gateway's plain-HTTP listener, e.g. http, and its HTTPS listener, e.g. https");
        }
    }

    /** The live defect this rule guards against: class openshift-default while the policy admits ingress-nginx. */
    private void ingressClass(ControllerPreset preset) {
        String className = values.text("ingress.className");
        if (className == null || className.isEmpty() || preset == ControllerPreset.CUSTOM) {
            return;
        }
        ControllerPreset.servingClass(className).filter(owner -> owner != preset).ifPresent(owner ->
                error("ingress.className", "class " + className + " is served by " + owner.key() + ", but the"
                                + " controller is " + preset.key() + ": WWE's NetworkPolicy would admit " + preset.key()
                                + " and not " + owner.key() + ", so agents could not reach WWE",
                        "set route.controller.preset: " + owner.key() + ", or the class " + preset.key() + " serves"
                                + (preset.className().isEmpty() ? "" : " (" + preset.className() + ")")));
    }

    private void annotations(RouteKind kind, ControllerPreset preset) {
        Map<String, Object> annotations = values.map("ingress.annotations");
        if (preset == ControllerPreset.INGRESS_NGINX || preset == ControllerPreset.CUSTOM && kind == RouteKind.INGRESS) {
            return;
        }
        for (String key : annotations.keySet()) {
            if (!NginxAnnotations.isNginx(key)) {
                continue;
            }
            String path = "ingress.annotations." + key;
            if (kind == RouteKind.GATEWAY) {
                error(path, "ingress-nginx annotation on a Gateway API route; Gateway API equivalent: "
                                + NginxAnnotations.gatewayApiEquivalent(key).orElse("none"),
                        "remove it" + NginxAnnotations.gatewayApiEquivalent(key).map(e -> " (wwegen or your"
                                + " Gateway implements the equivalent)").orElse("; check your Gateway implementation's"
                                + " own policy objects"));
            } else {
                error(path, "ingress-nginx annotation, but the controller is " + preset.key() + ", which ignores it",
                        "remove it, or use the controller's own annotation");
            }
        }
    }

    private void error(String path, String reason, String hint) {
        findings.add(Finding.error(locations.of(path), path, reason, hint));
    }
}
