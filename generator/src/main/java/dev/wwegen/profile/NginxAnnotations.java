package dev.wwegen.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ingress-nginx annotations ({@code nginx.ingress.kubernetes.io/*}) and what the Gateway API (v1.4,
 * standard channel) offers instead, written from the ingress-nginx annotation reference and the Gateway
 * API's HTTPRoute reference. Only ingress-nginx reads these annotations; on any other controller they do
 * nothing, so a profile that routes elsewhere must not carry them. Used by the migration guide too.
 */
public final class NginxAnnotations {

    /** The prefix of every ingress-nginx annotation. */
    public static final String PREFIX = "nginx.ingress.kubernetes.io/";

    private static final String NONE = "none";

    private static final Map<String, String> GATEWAY_API = new LinkedHashMap<>();

    static {
        put("ssl-redirect", "an HTTPRoute on the Gateway's HTTP listener with a RequestRedirect filter"
                + " (scheme: https); wwegen renders it when route.gateway.httpSectionName is set or it creates the Gateway");
        put("force-ssl-redirect", "the same RequestRedirect filter (scheme: https) on the HTTP listener");
        put("permanent-redirect", "HTTPRoute filter RequestRedirect (statusCode: 301)");
        put("temporal-redirect", "HTTPRoute filter RequestRedirect (statusCode: 302)");
        put("rewrite-target", "HTTPRoute filter URLRewrite (path.replacePrefixMatch)");
        put("use-regex", "HTTPRoute path match type RegularExpression (implementation-specific support)");
        put("upstream-vhost", "HTTPRoute filter RequestHeaderModifier (set the Host header)");
        put("x-forwarded-prefix", "HTTPRoute filter RequestHeaderModifier");
        put("proxy-read-timeout", "HTTPRoute rules[].timeouts.backendRequest");
        put("proxy-send-timeout", "HTTPRoute rules[].timeouts.backendRequest");
        put("proxy-connect-timeout", NONE);
        put("canary", "HTTPRoute backendRefs[].weight (traffic splitting)");
        put("canary-weight", "HTTPRoute backendRefs[].weight");
        put("canary-by-header", "HTTPRoute rules[].matches[].headers");
        put("backend-protocol", "Service port appProtocol, or BackendTLSPolicy for HTTPS to the pods");
        put("mirror-target", "HTTPRoute filter RequestMirror");
        put("proxy-body-size", NONE);
        put("proxy-buffer-size", NONE);
        put("proxy-buffering", NONE);
        put("client-body-buffer-size", NONE);
        put("enable-cors", NONE);
        put("cors-allow-origin", NONE);
        put("whitelist-source-range", NONE);
        put("allowlist-source-range", NONE);
        put("denylist-source-range", NONE);
        put("affinity", NONE);
        put("session-cookie-name", NONE);
        put("auth-url", NONE);
        put("auth-type", NONE);
        put("limit-rps", NONE);
        put("limit-connections", NONE);
        put("enable-access-log", NONE);
    }

    private NginxAnnotations() {
    }

    private static void put(String name, String equivalent) {
        GATEWAY_API.put(PREFIX + name, equivalent);
    }

    /** True for an ingress-nginx annotation key. */
    public static boolean isNginx(String key) {
        return key.startsWith(PREFIX);
    }

    /**
     * The Gateway API way to get what the annotation does, or empty when the standard channel has none
     * (an implementation's own policy objects may: Envoy Gateway's ClientTrafficPolicy, for example).
     */
    public static Optional<String> gatewayApiEquivalent(String key) {
        String equivalent = GATEWAY_API.get(key);
        return equivalent == null || equivalent.equals(NONE) ? Optional.empty() : Optional.of(equivalent);
    }

    /** The whole mapping, in reference order; "none" where the Gateway API has no equivalent. */
    public static Map<String, String> mapping() {
        return java.util.Collections.unmodifiableMap(GATEWAY_API);
    }
}
