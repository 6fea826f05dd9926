package dev.wwegen.docs;

import dev.wwegen.docs.DiagramKind.Arrow;
import dev.wwegen.docs.Topology.Edge;
import dev.wwegen.docs.Topology.Group;
import dev.wwegen.docs.Topology.Node;

import java.util.Optional;

/**
 * Writes a diagram as PlantUML source (a {@code .puml} file, and what {@link SvgRenderer} renders).
 * It lays out with Smetana, PlantUML's built-in Java port of Graphviz's dot, so no Graphviz binary is
 * needed; left to right, so the ingress chain reads browser → proxy → controller → web app.
 */
public final class PlantUmlWriter {

    private static final String HEADER = """
            @startuml
            !pragma layout smetana
            left to right direction
            skinparam shadowing false
            skinparam defaultFontName "DejaVu Sans"
            skinparam defaultFontSize 13
            skinparam ArrowFontSize 12
            skinparam nodesep 30
            skinparam ranksep 90
            skinparam packageStyle folder
            skinparam footerFontSize 12
            """;

    /** The diagram's full source, {@code @startuml} to {@code @enduml}, with {@code \n} line ends. */
    public String write(Topology topology, DiagramKind kind) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("title ").append(text(kind.title())).append('\n');
        topology.nodesIn(Optional.empty()).forEach(n -> node(out, n, ""));
        topology.groupsIn(Optional.empty()).forEach(g -> group(out, topology, g, ""));
        for (Edge e : topology.edges()) {
            out.append(e.from()).append(' ').append(arrow(kind.arrow(e.connection()), e.dashed())).append(' ')
                    .append(e.to()).append(" : ").append(text(e.label())).append('\n');
        }
        topology.layoutHints().forEach(h -> out.append(h.from()).append(" -[hidden]-> ").append(h.to()).append('\n'));
        out.append("footer solid: direct · dashed: through the inbound gateway\n");
        return out.append("@enduml\n").toString();
    }

    private static void group(StringBuilder out, Topology topology, Group group, String indent) {
        String shape = switch (group.kind()) {
            case EDGE -> "rectangle";
            case CLUSTER -> "node";
            case NAMESPACE -> "package";
        };
        out.append(indent).append(shape).append(" \"").append(text(group.label())).append("\" as ").append(group.id())
                .append(" {\n");
        topology.nodesIn(Optional.of(group.id())).forEach(n -> node(out, n, indent + "  "));
        topology.groupsIn(Optional.of(group.id())).forEach(g -> group(out, topology, g, indent + "  "));
        out.append(indent).append("}\n");
    }

    private static void node(StringBuilder out, Node node, String indent) {
        String shape = node.kind() == Topology.NodeKind.CLIENT ? "actor" : "component";
        out.append(indent).append(shape).append(" \"").append(text(node.label())).append("\" as ").append(node.id())
                .append('\n');
    }

    private static String arrow(Arrow arrow, boolean dashed) {
        String line = dashed ? ".." : "--";
        return switch (arrow) {
            case TO_DESTINATION -> line + ">";
            case TO_SOURCE -> "<" + line;
            case BOTH -> "<" + line + ">";
        };
    }

    /** Labels stay on one line and never close a quoted string. */
    private static String text(String label) {
        return Labels.oneLine(label.replace('"', '\''));
    }
}
