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

    /**
     * Checks the components (a missing required value throws {@link NullPointerException} naming it) and makes the collections immutable.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     * @param namespace as the record component {@link #namespace()}
     * @param podLabels as the record component {@link #podLabels()}
     * @param port as the record component {@link #port()}
     */
    public IngressController {
        CallSites.record(this);
        Objects.requireNonNull(name, "ingress controller name");
        Objects.requireNonNull(label, () -> "label of ingress controller '" + name + "'");
        Objects.requireNonNull(namespace, () -> "namespace of ingress controller '" + name + "'");
        podLabels = Map.copyOf(new TreeMap<>(podLabels));
        Objects.requireNonNull(port, () -> "port of ingress controller '" + name + "'");
    }

    /**
     * A controller in a namespace of the same name, selected by {@code app.kubernetes.io/name}.
     *
     * @param name identifier, e.g. {@code ingress-nginx}
     * @return the controller
     */
    public static IngressController named(String name) {
        return new IngressController(name, "Ingress controller", Namespace.external(name),
                Map.of("app.kubernetes.io/name", name), Port.https());
    }

    /**
     * Sets the namespace it runs in.
     *
     * @param where an {@link Namespace#external external} namespace
     * @return a copy in that namespace
     */
    public IngressController in(Namespace where) {
        return new IngressController(name, label, where, podLabels, port);
    }

    /**
     * Sets the display name.
     *
     * @param displayName e.g. {@code Ingress controller}
     * @return a copy with that label
     */
    public IngressController labelled(String displayName) {
        return new IngressController(name, displayName, namespace, podLabels, port);
    }

    /**
     * The labels of the controller's pods, used by WWE's NetworkPolicy.
     *
     * @param labels label key → value
     * @return a copy selected by those labels
     */
    public IngressController selectedBy(Map<String, String> labels) {
        return new IngressController(name, label, namespace, labels, port);
    }

    /**
     * Sets the port the edge proxy connects to.
     *
     * @param listener e.g. {@code Port.https()}
     * @return a copy listening there
     */
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
