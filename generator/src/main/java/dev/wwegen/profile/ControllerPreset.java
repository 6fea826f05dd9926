package dev.wwegen.profile;

import dev.wwegen.dsl.model.RouteKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Known ingress controllers: which route kinds each serves, where its forwarding pods run and the labels
 * they carry (from each project's own install manifests and Helm charts), and the class name it serves.
 * {@code {gateway}} and {@code {gatewayNamespace}} stand for the Gateway the HTTPRoute attaches to:
 * Gateway API implementations that deploy a proxy per Gateway label its pods with the Gateway's name.
 */
public enum ControllerPreset {
    /** ingress-nginx (kubernetes/ingress-nginx); retired in March 2026. */
    INGRESS_NGINX("ingress-nginx", EnumSet.of(RouteKind.INGRESS), "ingress-nginx", Map.of(),
            Map.of("app.kubernetes.io/name", "ingress-nginx"), "nginx"),
    /** Traefik Proxy (Helm chart traefik/traefik): Ingress and Gateway API. */
    TRAEFIK("traefik", EnumSet.of(RouteKind.INGRESS, RouteKind.GATEWAY), "traefik", Map.of(),
            Map.of("app.kubernetes.io/name", "traefik"), "traefik"),
    /** HAProxy Kubernetes Ingress Controller (Helm chart haproxytech/kubernetes-ingress). */
    HAPROXY("haproxy", EnumSet.of(RouteKind.INGRESS), "haproxy-controller", Map.of(),
            Map.of("app.kubernetes.io/name", "kubernetes-ingress"), "haproxy"),
    /** Envoy Gateway: one Envoy proxy Deployment per Gateway in envoy-gateway-system. */
    ENVOY_GATEWAY("envoy-gateway", EnumSet.of(RouteKind.GATEWAY), "envoy-gateway-system", Map.of(),
            Map.of("app.kubernetes.io/name", "envoy", "gateway.envoyproxy.io/owning-gateway-name", "{gateway}",
                    "gateway.envoyproxy.io/owning-gateway-namespace", "{gatewayNamespace}"), ""),
    /**
     * A Gateway API implementation that deploys the Gateway's proxy in the Gateway's namespace, labelled
     * {@code gateway.networking.k8s.io/gateway-name} (Istio, NGINX Gateway Fabric, kgateway).
     */
    GATEWAY_API("gateway-api", EnumSet.of(RouteKind.GATEWAY), "{gatewayNamespace}", Map.of(),
            Map.of("gateway.networking.k8s.io/gateway-name", "{gateway}"), ""),
    /** The OpenShift router (IngressController "default"): Routes, and Ingresses of class openshift-default. */
    OPENSHIFT_ROUTER("openshift-router", EnumSet.of(RouteKind.OPENSHIFT, RouteKind.INGRESS), "openshift-ingress",
            Map.of("policy-group.network.openshift.io/ingress", ""), Map.of(), "openshift-default"),
    /** Any other controller: the profile names its namespace and pod labels. */
    CUSTOM("custom", EnumSet.allOf(RouteKind.class), "", Map.of(), Map.of(), "");

    private final String key;
    private final Set<RouteKind> kinds;
    private final String namespace;
    private final Map<String, String> namespaceLabels;
    private final Map<String, String> podLabels;
    private final String className;

    ControllerPreset(String key, Set<RouteKind> kinds, String namespace, Map<String, String> namespaceLabels,
                     Map<String, String> podLabels, String className) {
        this.key = key;
        this.kinds = kinds;
        this.namespace = namespace;
        this.namespaceLabels = namespaceLabels;
        this.podLabels = podLabels;
        this.className = className;
    }

    /** The word profiles use, e.g. {@code ingress-nginx}. */
    public String key() {
        return key;
    }

    /** The route kinds this controller serves. */
    public Set<RouteKind> kinds() {
        return kinds;
    }

    /** The class name of Ingresses it serves by default; empty when none is known. */
    public String className() {
        return className;
    }

    /** True for ingress-nginx: the Kubernetes project ended its maintenance in March 2026. */
    public boolean retired() {
        return this == INGRESS_NGINX;
    }

    /** The default preset of a kind. */
    public static ControllerPreset defaultFor(RouteKind kind) {
        return switch (kind) {
            case GATEWAY -> GATEWAY_API;
            case OPENSHIFT -> OPENSHIFT_ROUTER;
            case INGRESS -> INGRESS_NGINX;
        };
    }

    /** The preset a profile word names. */
    public static Optional<ControllerPreset> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The preset whose default Ingress class is this one (nginx → ingress-nginx, openshift-default → router). */
    public static Optional<ControllerPreset> servingClass(String ingressClass) {
        return Arrays.stream(values()).filter(p -> !p.className.isEmpty() && p.className.equals(ingressClass))
                .findFirst();
    }

    /** Every preset word, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ControllerPreset::key).toList();
    }

    /** The namespace, with the Gateway's namespace filled in. */
    public String namespace(String gatewayNamespace) {
        return namespace.replace("{gatewayNamespace}", gatewayNamespace);
    }

    /** The namespace labels a NetworkPolicy selects the namespace by; empty means by its name. */
    public Map<String, String> namespaceLabels() {
        return namespaceLabels;
    }

    /** The pod labels, with the Gateway's name and namespace filled in. */
    public Map<String, String> podLabels(String gateway, String gatewayNamespace) {
        Map<String, String> labels = new LinkedHashMap<>();
        podLabels.forEach((k, v) -> labels.put(k, v.replace("{gatewayNamespace}", gatewayNamespace)
                .replace("{gateway}", gateway)));
        return labels;
    }
}
