package dev.wwegen.docs;

import dev.wwegen.docs.Topology.Edge;
import dev.wwegen.docs.Topology.Group;
import dev.wwegen.docs.Topology.Node;

import java.util.Optional;

/**
 * Writes a diagram as a Mermaid flowchart ({@code .mmd} files and the blocks in architecture.md, which
 * GitHub and GitLab render). Mermaid has no arrow pointing back at the source, so a data flow towards
 * the source is written from destination to source; two-way flows use {@code <-->}.
 */
public final class MermaidWriter {

    /** The flowchart, {@code flowchart LR} first, with {@code \n} line ends and no code fence. */
    public String write(Topology topology, DiagramKind kind) {
        StringBuilder out = new StringBuilder("---\ntitle: ").append(text(kind.title())).append("\n---\n");
        out.append("flowchart LR\n");
        topology.nodesIn(Optional.empty()).forEach(n -> node(out, n, "  "));
        topology.groupsIn(Optional.empty()).forEach(g -> group(out, topology, g, "  "));
        for (Edge e : topology.edges()) {
            edge(out, kind, e);
        }
        topology.layoutHints().forEach(h -> out.append("  ").append(h.from()).append(" ~~~ ").append(h.to()).append('\n'));
        return out.toString();
    }

    private static void edge(StringBuilder out, DiagramKind kind, Edge e) {
        String from = e.from();
        String to = e.to();
        String head = e.dashed() ? "-.->" : "-->";
        switch (kind.arrow(e.connection())) {
            case TO_SOURCE -> {
                from = e.to();
                to = e.from();
            }
            case BOTH -> head = e.dashed() ? "<-.->" : "<-->";
            case TO_DESTINATION -> { }
        }
        out.append("  ").append(from).append(' ').append(head).append("|\"").append(text(e.label())).append("\"| ")
                .append(to).append('\n');
    }

    private static void group(StringBuilder out, Topology topology, Group group, String indent) {
        out.append(indent).append("subgraph ").append(group.id()).append("[\"").append(text(group.label()))
                .append("\"]\n");
        topology.nodesIn(Optional.of(group.id())).forEach(n -> node(out, n, indent + "  "));
        topology.groupsIn(Optional.of(group.id())).forEach(g -> group(out, topology, g, indent + "  "));
        out.append(indent).append("end\n");
    }

    private static void node(StringBuilder out, Node node, String indent) {
        String open = node.kind() == Topology.NodeKind.CLIENT ? "([\"" : "[\"";
        String close = node.kind() == Topology.NodeKind.CLIENT ? "\"])" : "\"]";
        out.append(indent).append(node.id()).append(open).append(text(node.label())).append(close).append('\n');
    }

    /** Mermaid's quoted text takes entity codes; a quote or a line break would end the label. */
    private static String text(String label) {
        return Labels.oneLine(label.replace("\"", "#quot;"));
    }
}
