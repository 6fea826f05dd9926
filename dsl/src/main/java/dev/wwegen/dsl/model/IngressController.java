package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cluster's ingress controller (e.g. ingress-nginx), run by another team in its own namespace.
 * WWE's NetworkPolicy admits traffic only from its namespace and pods.
 *
 * @param name      identifier, e.g. {@code ingress-nginx}
 * @param label     display name, default {@code Ingress controller}
 * @param namespace where it runs, always external to this release
 * @param podLabels labels that select its pods, default {@code app.kubernetes.io/name=<name>}
 * @param port      the port the edge proxy connects to, default HTTPS 443
 */
public record IngressController(String name, String label, Namespace namespace, Map<String, String> podLabels,
                                Port port) implements Component {

    public IngressController {
        CallSites.record(this);
        Objects.requireNonNull(name, "ingress controller name");
        Objects.requireNonNull(label, () -> "label of ingress controller '" + name + "'");
        Objects.requireNonNull(namespace, () -> "namespace of ingress controller '" + name + "'");
        podLabels = Map.copyOf(new TreeMap<>(podLabels));
        Objects.requireNonNull(port, () -> "port of ingress controller '" + name + "'");
    }

    /** A controller in a namespace of the same name, selected by {@code app.kubernetes.io/name}. */
    public static IngressController named(String name) {
        return new IngressController(name, "Ingress controller", Namespace.external(name),
                Map.of("app.kubernetes.io/name", name), Port.https());
    }

    public IngressController in(Namespace where) {
        return new IngressController(name, label, where, podLabels, port);
    }

    public IngressController labelled(String displayName) {
        return new IngressController(name, displayName, namespace, podLabels, port);
    }

    /** The labels of the controller's pods, used by WWE's NetworkPolicy. */
    public IngressController selectedBy(Map<String, String> labels) {
        return new IngressController(name, label, namespace, labels, port);
    }

    public IngressController listensOn(Port listener) {
        return new IngressController(name, label, namespace, podLabels, listener);
    }

    @Override
    public Optional<Namespace> home() {
        return Optional.of(namespace);
    }

    @Override
    public Location location() {
        return Location.IN_CLUSTER;
    }

    @Override
    public List<Port> ports() {
        return List.of(port);
    }
}
