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

    public EdgeProxy {
        CallSites.record(this);
        Objects.requireNonNull(name, "edge proxy name");
        Objects.requireNonNull(label, () -> "label of edge proxy '" + name + "'");
        Objects.requireNonNull(port, () -> "port of edge proxy '" + name + "'");
    }

    public static EdgeProxy named(String name) {
        return new EdgeProxy(name, "Ingress proxy", Port.https());
    }

    public EdgeProxy labelled(String displayName) {
        return new EdgeProxy(name, displayName, port);
    }

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
