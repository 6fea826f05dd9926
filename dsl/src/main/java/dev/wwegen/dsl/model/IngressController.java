package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cluster's ingress controller — a Gateway API implementation, the OpenShift router or an Ingress
 * controller — run by another team in its own namespace. WWE's NetworkPolicy admits traffic only from
 * it: {@link #admission()} derives the policy's peer from its identity (namespace, namespace labels,
 * pod labels) and from nothing else.
 *
 * @param name            identifier, e.g. {@code ingress-nginx}
 * @param label           display name, default {@code Ingress controller}
 * @param kind            which object routes traffic through it (Gateway API, OpenShift Route, Ingress)
 * @param namespace       where its pods run, always external to this release
 * @param namespaceLabels labels its namespace carries beyond {@code kubernetes.io/metadata.name}; when
 *                        set, the NetworkPolicy selects the namespace by them (OpenShift's
 *                        {@code policy-group.network.openshift.io/ingress} label)
 * @param podLabels       labels its forwarding pods carry, default {@code app.kubernetes.io/name=<name>};
 *                        empty for a router on the host network, which has no pod identity
 * @param port            the port the edge proxy connects to, default HTTPS 443
 */
public record IngressController(String name, String label, RouteKind kind, Namespace namespace,
                                Map<String, String> namespaceLabels, Map<String, String> podLabels,
                                Port port) implements Component {

    /**
     * Checks required parts and sorts both label maps.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     * @param kind as the record component {@link #kind()}
     * @param namespace as the record component {@link #namespace()}
     * @param namespaceLabels as the record component {@link #namespaceLabels()}
     * @param podLabels as the record component {@link #podLabels()}
     * @param port as the record component {@link #port()}
     */
    public IngressController {
        CallSites.record(this);
        Objects.requireNonNull(name, "ingress controller name");
        Objects.requireNonNull(label, () -> "label of ingress controller '" + name + "'");
        Objects.requireNonNull(kind, () -> "route kind of ingress controller '" + name + "'");
        Objects.requireNonNull(namespace, () -> "namespace of ingress controller '" + name + "'");
        namespaceLabels = Map.copyOf(new TreeMap<>(namespaceLabels));
        podLabels = Map.copyOf(new TreeMap<>(podLabels));
        Objects.requireNonNull(port, () -> "port of ingress controller '" + name + "'");
    }

    /**
     * An Ingress controller in a namespace of the same name, selected by {@code app.kubernetes.io/name}.
     *
     * @param name identifier, e.g. {@code traefik}
     * @return the controller
     */
    public static IngressController named(String name) {
        return new IngressController(name, "Ingress controller", RouteKind.INGRESS, Namespace.external(name),
                Map.of(), Map.of("app.kubernetes.io/name", name), Port.https());
    }

    /**
     * The same controller in another namespace.
     *
     * @param where an {@link Namespace#external external} namespace
     * @return a copy in that namespace
     */
    public IngressController in(Namespace where) {
        return new IngressController(name, label, kind, where, namespaceLabels, podLabels, port);
    }

    /**
     * The same controller under another display name.
     *
     * @param displayName e.g. {@code Ingress controller}
     * @return a copy with that label
     */
    public IngressController labelled(String displayName) {
        return new IngressController(name, displayName, kind, namespace, namespaceLabels, podLabels, port);
    }

    /**
     * The same controller serving another kind of route object.
     *
     * @param routeKind Gateway API, OpenShift Route or Ingress
     * @return a copy serving that kind
     */
    public IngressController routing(RouteKind routeKind) {
        return new IngressController(name, label, routeKind, namespace, namespaceLabels, podLabels, port);
    }

    /**
     * The labels of the controller's pods, used by WWE's NetworkPolicy; empty for host-network routers.
     *
     * @param labels label key → value; empty for a host-network router
     * @return a copy selected by those labels
     */
    public IngressController selectedBy(Map<String, String> labels) {
        return new IngressController(name, label, kind, namespace, namespaceLabels, labels, port);
    }

    /**
     * Labels the controller's namespace carries, by which the NetworkPolicy selects it instead of its name.
     *
     * @param labels label key → value
     * @return a copy whose namespace is selected by those labels
     */
    public IngressController namespaceLabelled(Map<String, String> labels) {
        return new IngressController(name, label, kind, namespace, labels, podLabels, port);
    }

    /**
     * The same controller listening on another port.
     *
     * @param listener e.g. {@code Port.https()}
     * @return a copy listening there
     */
    public IngressController listensOn(Port listener) {
        return new IngressController(name, label, kind, namespace, namespaceLabels, podLabels, listener);
    }

    /**
     * The NetworkPolicy peer that admits this controller: its namespace by the declared namespace labels,
     * or else by {@code kubernetes.io/metadata.name}; its pods by their labels (none for a host-network router).
     *
     * @return the NetworkPolicy peer
     */
    public ControllerAdmission admission() {
        Map<String, String> byNamespace = namespaceLabels.isEmpty()
                ? Map.of(ControllerAdmission.NAMESPACE_NAME_LABEL, namespace.name()) : namespaceLabels;
        return new ControllerAdmission(byNamespace, podLabels);
    }

    /**
     * Every label the controller's namespace carries: its declared labels and its name label.
     *
     * @return the labels that select its namespace
     */
    public Map<String, String> namespaceIdentity() {
        Map<String, String> all = new TreeMap<>(namespaceLabels);
        all.put(ControllerAdmission.NAMESPACE_NAME_LABEL, namespace.name());
        return all;
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
