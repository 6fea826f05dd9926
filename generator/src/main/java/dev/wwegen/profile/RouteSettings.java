package dev.wwegen.profile;

import dev.wwegen.dsl.model.RouteKind;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The profile's {@code route:} block: which object routes agents to WWE and which controller forwards it.
 * Host and TLS secret stay under {@code ingress:} and apply to every kind.
 *
 * @param kind       gateway (HTTPRoute), openshift (Route) or ingress (Ingress)
 * @param controller the controller's identity, defaults filled in from its preset
 * @param gateway    the Gateway the HTTPRoute attaches to; meaningful for kind gateway only
 * @param termination OpenShift Route TLS termination: edge or reencrypt
 */
public record RouteSettings(RouteKind kind, Controller controller, Gateway gateway, String termination) {

    /** Checks the parts. */
    public RouteSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(termination, "termination");
    }

    /**
     * Who forwards traffic to WWE (connection 9), as the NetworkPolicy must admit it.
     *
     * @param preset          the known controller it is, or {@code custom}
     * @param namespace       where its forwarding pods run
     * @param namespaceLabels labels its namespace carries, by which the policy selects it; empty: by name
     * @param podLabels       labels of its forwarding pods; empty for a host-network router
     */
    public record Controller(ControllerPreset preset, String namespace, Map<String, String> namespaceLabels,
                             Map<String, String> podLabels) {

        /** Sorts both maps. */
        public Controller {
            namespaceLabels = Collections.unmodifiableMap(new TreeMap<>(namespaceLabels));
            podLabels = Collections.unmodifiableMap(new TreeMap<>(podLabels));
        }
    }

    /**
     * The Gateway an HTTPRoute attaches to.
     *
     * @param name            its name
     * @param namespace       its namespace
     * @param sectionName     the HTTPS listener the route attaches to; empty: every listener
     * @param httpSectionName the plain-HTTP listener that redirects to HTTPS; empty: none
     * @param create          true when wwegen renders the Gateway itself
     * @param className       GatewayClass of a Gateway wwegen renders
     */
    public record Gateway(String name, String namespace, String sectionName, String httpSectionName, boolean create,
                          String className) {

        /** The HTTPS listener's section name, if any. */
        public Optional<String> section() {
            return sectionName.isEmpty() ? Optional.empty() : Optional.of(sectionName);
        }
    }
}
