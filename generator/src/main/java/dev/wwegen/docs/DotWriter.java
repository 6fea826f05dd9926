package dev.wwegen.docs;

import dev.wwegen.docs.Topology.Edge;
import dev.wwegen.docs.Topology.Group;
import dev.wwegen.docs.Topology.Node;

import java.util.Optional;

/**
 * Writes a diagram as Graphviz DOT ({@code .dot} files) for teams that lay out with Graphviz
 * themselves: namespaces as {@code cluster_} subgraphs, left to right, arrowheads by {@code dir}.
 */
public final class DotWriter {

    /** The digraph, with {@code \n} line ends. */
    public String write(Topology topology, DiagramKind kind) {
        StringBuilder out = new StringBuilder("digraph \"").append(kind.fileBase()).append("\" {\n");
        out.append("  label=").append(quote(kind.title())).append(";\n  labelloc=t;\n  rankdir=LR;\n");
        out.append("  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n");
        out.append("  edge [fontname=\"DejaVu Sans\", fontsize=11];\n");
        topology.nodesIn(Optional.empty()).forEach(n -> node(out, n, "  "));
        topology.groupsIn(Optional.empty()).forEach(g -> group(out, topology, g, "  "));
        for (Edge e : topology.edges()) {
            String dir = switch (kind.arrow(e.connection())) {
                case TO_DESTINATION -> "forward";
                case TO_SOURCE -> "back";
                case BOTH -> "both";
            };
            out.append("  ").append(e.from()).append(" -> ").append(e.to()).append(" [label=")
                    .append(quote(e.label())).append(", dir=").append(dir)
                    .append(e.dashed() ? ", style=dashed" : "").append("];\n");
        }
        topology.layoutHints().forEach(h ->
                out.append("  ").append(h.from()).append(" -> ").append(h.to()).append(" [style=invis];\n"));
        return out.append("}\n").toString();
    }

    private static void group(StringBuilder out, Topology topology, Group group, String indent) {
        out.append(indent).append("subgraph cluster_").append(group.id()).append(" {\n");
        out.append(indent).append("  label=").append(quote(group.label())).append(";\n");
        topology.nodesIn(Optional.of(group.id())).forEach(n -> node(out, n, indent + "  "));
        topology.groupsIn(Optional.of(group.id())).forEach(g -> group(out, topology, g, indent + "  "));
        out.append(indent).append("}\n");
    }

    private static void node(StringBuilder out, Node node, String indent) {
        out.append(indent).append(node.id()).append(" [label=").append(quote(node.label()))
                .append(node.kind() == Topology.NodeKind.CLIENT ? ", shape=oval, style=solid" : "").append("];\n");
    }

    private static String quote(String text) {
        return "\"" + Labels.oneLine(text.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }
}
