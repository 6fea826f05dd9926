package dev.wwegen.dsl.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Which Kubernetes object routes the agents' traffic from the ingress controller to the web app, and so
 * which kind of controller forwards it (connections 7–9 of the reference architecture).
 */
public enum RouteKind {
    /** Gateway API ({@code gateway.networking.k8s.io/v1}): an HTTPRoute attached to a Gateway. */
    GATEWAY("gateway", "Gateway API"),
    /** OpenShift ({@code route.openshift.io/v1}): a Route served by the OpenShift router. */
    OPENSHIFT("openshift", "OpenShift Route"),
    /** Kubernetes Ingress ({@code networking.k8s.io/v1}) served by an ingress controller. */
    INGRESS("ingress", "Ingress");

    private final String key;
    private final String title;

    RouteKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /**
     * The word profiles use: {@code gateway}, {@code openshift} or {@code ingress}.
     *
     * @return the profile key, e.g. {@code gateway}
     */
    public String key() {
        return key;
    }

    /**
     * The display name: {@code Gateway API}, {@code OpenShift Route} or {@code Ingress}.
     *
     * @return the display title
     */
    public String title() {
        return title;
    }

    /**
     * The kind a profile word names, if any.
     *
     * @param key a profile's {@code route.kind}
     * @return the kind, if the key names one
     */
    public static Optional<RouteKind> ofKey(String key) {
        for (RouteKind kind : values()) {
            if (kind.key.equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
