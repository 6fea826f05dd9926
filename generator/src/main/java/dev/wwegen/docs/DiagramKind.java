package dev.wwegen.docs;

import dev.wwegen.dsl.model.Connection;

/**
 * The page's two diagrams. Both draw the same nodes and edges laid out the same way (source left of
 * destination); only the arrowheads differ: the data-flow diagram points where the data goes, the
 * connections diagram points from who initiates to who accepts.
 */
public enum DiagramKind {
    DATA_FLOWS("data-flows", "Architecture diagram — Data flows",
            "The numbers on the lines are the connection numbers in the table. Arrows show the direction of data flows."),
    CONNECTIONS("connections", "Architecture diagram — Connections",
            "The numbers on the lines are the connection numbers in the table. Arrows point from where a connection is"
                    + " initiated (the source) to where it connects (the destination).");

    /** Which end of an edge gets an arrowhead. */
    public enum Arrow { TO_DESTINATION, TO_SOURCE, BOTH }

    private final String fileBase;
    private final String title;
    private final String caption;

    DiagramKind(String fileBase, String title, String caption) {
        this.fileBase = fileBase;
        this.title = title;
        this.caption = caption;
    }

    /** File name without extension, e.g. {@code data-flows}. */
    public String fileBase() {
        return fileBase;
    }

    public String title() {
        return title;
    }

    /** The sentence under the heading that says how to read the arrows. */
    public String caption() {
        return caption;
    }

    /** The arrowheads of one connection in this diagram. */
    public Arrow arrow(Connection connection) {
        if (this == CONNECTIONS) {
            return Arrow.TO_DESTINATION;
        }
        return switch (connection.flow()) {
            case TO_DESTINATION -> Arrow.TO_DESTINATION;
            case TO_SOURCE -> Arrow.TO_SOURCE;
            case BOTH -> Arrow.BOTH;
        };
    }
}
