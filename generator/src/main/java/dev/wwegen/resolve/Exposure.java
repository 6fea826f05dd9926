package dev.wwegen.resolve;

import dev.wwegen.dsl.model.RouteKind;

import java.util.Map;
import java.util.Objects;

/**
 * How the gateway reaches the pods: the Service, and the route object the controller serves — an
 * Ingress, a Gateway API HTTPRoute (with the Gateway and ReferenceGrant when wwegen creates the Gateway)
 * or an OpenShift Route.
 *
 * @param servicePort        the Service's port (its targetPort is the workload's named port)
 * @param host               the public host name agents use
 * @param ingressClassName   which controller serves the Ingress
 * @param tlsSecret          the Secret holding the host's certificate
 * @param ingressAnnotations controller-specific annotations on the route object
 * @param kind               which route object is rendered
 * @param gateway            the Gateway an HTTPRoute attaches to (kind gateway)
 * @param termination        TLS termination of an OpenShift Route: edge or reencrypt
 */
public record Exposure(int servicePort, String host, String ingressClassName, String tlsSecret,
                       Map<String, String> ingressAnnotations, RouteKind kind, GatewayAttachment gateway,
                       String termination) {

    public Exposure {
        ingressAnnotations = Release.sorted(ingressAnnotations);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(termination, "termination");
    }

    /**
     * The Gateway an HTTPRoute attaches to.
     *
     * @param name            the Gateway's name; empty unless the kind is gateway
     * @param namespace       its namespace
     * @param sectionName     the HTTPS listener; empty: every listener
     * @param httpSectionName the plain-HTTP listener a redirect route takes; empty: no redirect
     * @param create          true when wwegen renders the Gateway
     * @param className       the GatewayClass of a created Gateway
     */
    public record GatewayAttachment(String name, String namespace, String sectionName, String httpSectionName,
                                    boolean create, String className) {

        /** True when a second HTTPRoute redirects the plain-HTTP listener to HTTPS. */
        public boolean redirects() {
            return !httpSectionName.isEmpty();
        }
    }
}
