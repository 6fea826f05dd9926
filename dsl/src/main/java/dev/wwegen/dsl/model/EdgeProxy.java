package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The external ingress proxy (cloud load balancer or reverse proxy) in front of the ingress
 * controller: the first hop of the inbound gateway.
 *
 * @param name  identifier, e.g. {@code ingress-proxy}
 * @param label display name, default {@code Ingress proxy}
 * @param port  the port browsers connect to, default HTTPS 443
 */
public record EdgeProxy(String name, String label, Port port) implements Component {

    /**
     * Checks the components (a missing required value throws {@link NullPointerException} naming it) and makes the collections immutable.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     * @param port as the record component {@link #port()}
     */
    public EdgeProxy {
        CallSites.record(this);
        Objects.requireNonNull(name, "edge proxy name");
        Objects.requireNonNull(label, () -> "label of edge proxy '" + name + "'");
        Objects.requireNonNull(port, () -> "port of edge proxy '" + name + "'");
    }

    /**
     * An edge proxy listening on HTTPS 443.
     *
     * @param name identifier, e.g. {@code ingress-proxy}
     * @return the proxy
     */
    public static EdgeProxy named(String name) {
        return new EdgeProxy(name, "Ingress proxy", Port.https());
    }

    /**
     * Sets the display name.
     *
     * @param displayName e.g. {@code Cloud load balancer}
     * @return a copy with that label
     */
    public EdgeProxy labelled(String displayName) {
        return new EdgeProxy(name, displayName, port);
    }

    /**
     * Sets the port browsers connect to.
     *
     * @param listener e.g. {@code Port.https()}
     * @return a copy listening there
     */
    public EdgeProxy listensOn(Port listener) {
        return new EdgeProxy(name, label, listener);
    }

    @Override
    public Optional<Namespace> home() {
        return Optional.empty();
    }

    @Override
    public Location location() {
        return Location.CLUSTER_EDGE;
    }

    @Override
    public List<Port> ports() {
        return List.of(port);
    }
}
