package dev.wwegen.docs;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Client;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.EdgeProxy;
import dev.wwegen.dsl.model.Endpoint;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.Route;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.resolve.Release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What both diagrams draw, decided once for every diagram writer: the components as nodes, grouped
 * by where they run (outside, the cluster edge, one group per namespace inside the cluster), and the
 * numbered connections as edges in number order. Declaration order is kept so output is stable.
 *
 * @param groups      cluster edge, the cluster, and each namespace (a child of the cluster)
 * @param nodes       one per component, in declaration order
 * @param edges       one per connection, in number order
 * @param layoutHints invisible edges that place what the gateway reaches after the ingress controller,
 *                    so the chain reads left to right
 */
public record Topology(List<Group> groups, List<Node> nodes, List<Edge> edges, List<Edge> layoutHints) {

    /** Where a group sits; namespaces are children of {@link #CLUSTER}. */
    public enum GroupKind { EDGE, CLUSTER, NAMESPACE }

    /** What a node is drawn as. */
    public enum NodeKind { CLIENT, PROXY, CONTROLLER, WEB_APP, BACKEND }

    /** A box around nodes; {@code parent} is a group id or empty. */
    public record Group(String id, String label, GroupKind kind, Optional<String> parent) {
    }

    /** A component; {@code group} is empty for things outside the cluster (the browser). */
    public record Node(String id, String label, NodeKind kind, Optional<String> group) {
    }

    /** A connection drawn from its source's node to its destination's node. */
    public record Edge(Connection connection, String from, String to) {

        /** {@code 9: HTTP 8080}: number, protocol and port, as the page's lines are labelled. */
        public String label() {
            return connection.number() + ": " + connection.protocol().name() + " " + connection.port();
        }

        /** Connections through the inbound gateway are the page's dotted lines. */
        public boolean dashed() {
            return connection.route() == Route.THROUGH_GATEWAY;
        }
    }

    static final String CLUSTER = "cluster";
    static final String EDGE = "edge";

    /** The topology of a model; with a release, namespaces are the profile's real ones. */
    public static Topology of(Architecture architecture, Release release) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Component c : architecture.components()) {
            Optional<String> group = groupOf(c, release).map(g -> {
                if (g.kind() == GroupKind.NAMESPACE) {
                    groups.putIfAbsent(CLUSTER, new Group(CLUSTER, "Kubernetes cluster", GroupKind.CLUSTER,
                            Optional.empty()));
                }
                groups.putIfAbsent(g.id(), g);
                return g.id();
            });
            nodes.add(new Node(id(c.name()), c.label(), kind(c), group));
        }
        List<Edge> edges = architecture.allConnections().stream()
                .map(c -> new Edge(c, nodeOf(c.source()), nodeOf(c.destination()))).toList();
        return new Topology(List.copyOf(groups.values()), nodes, edges, hints(architecture, edges));
    }

    /** Nodes directly in a group (or, for an empty id, outside every group). */
    public List<Node> nodesIn(Optional<String> groupId) {
        return nodes.stream().filter(n -> n.group().equals(groupId)).toList();
    }

    /** Groups whose parent is the given group (or top-level groups for an empty id). */
    public List<Group> groupsIn(Optional<String> groupId) {
        return groups.stream().filter(g -> g.parent().equals(groupId)).toList();
    }

    /**
     * Words a node id must not be: the group ids above, and keywords of Mermaid, PlantUML or DOT (a model's
     * component may well be called {@code edge} or {@code end}).
     */
    private static final java.util.Set<String> RESERVED = java.util.Set.of(CLUSTER, EDGE, "end", "graph", "subgraph",
            "flowchart", "digraph", "node", "strict", "style", "class", "classdef", "click", "linkstyle", "default",
            "direction", "title", "footer", "header", "left", "right", "top", "package", "component", "actor",
            "rectangle");

    /**
     * A node id safe in Mermaid, PlantUML and DOT: {@code digital-channels} → {@code digital_channels}; a
     * reserved word or group id gets the prefix {@code c_}.
     */
    static String id(String name) {
        String id = Labels.identifier(name);
        return RESERVED.contains(id.toLowerCase(java.util.Locale.ROOT)) || id.startsWith("ns_") ? "c_" + id : id;
    }

    private static Optional<Group> groupOf(Component c, Release release) {
        if (c instanceof EdgeProxy) {
            return Optional.of(new Group(EDGE, "Cluster edge", GroupKind.EDGE, Optional.empty()));
        }
        return c.home().map(ns -> {
            String name = ns.name();
            if (release != null && c instanceof WebApp) {
                name = release.namespace();
            }
            String label = "namespace " + name + (ns.owned() ? " (this release)" : "");
            return new Group("ns_" + id(name), label, GroupKind.NAMESPACE, Optional.of(CLUSTER));
        });
    }

    private static NodeKind kind(Component c) {
        if (c instanceof Client) {
            return NodeKind.CLIENT;
        } else if (c instanceof EdgeProxy) {
            return NodeKind.PROXY;
        } else if (c instanceof IngressController) {
            return NodeKind.CONTROLLER;
        } else if (c instanceof WebApp) {
            return NodeKind.WEB_APP;
        }
        return NodeKind.BACKEND;
    }

    /** The gateway as a whole is drawn as its first hop, the edge proxy the browser connects to. */
    private static String nodeOf(Endpoint endpoint) {
        if (endpoint instanceof IngressChain chain && chain.proxy() != null) {
            return id(chain.proxy().name());
        }
        return id(endpoint.name());
    }

    private static List<Edge> hints(Architecture architecture, List<Edge> edges) {
        Optional<IngressController> controller = architecture.gateway().map(IngressChain::controller);
        if (controller.isEmpty()) {
            return List.of();
        }
        String from = id(controller.get().name());
        Set<String> visible = new LinkedHashSet<>();
        edges.forEach(e -> visible.add(e.from() + ">" + e.to()));
        Map<String, Edge> hints = new LinkedHashMap<>();
        for (Edge e : edges) {
            if (e.dashed() && !visible.contains(from + ">" + e.to()) && !e.to().equals(from)) {
                hints.putIfAbsent(e.to(), new Edge(e.connection(), from, e.to()));
            }
        }
        return List.copyOf(hints.values());
    }
}
