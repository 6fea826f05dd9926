package dev.wwegen.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One document of a file: its content as a JSON tree, the line it starts on, and (for YAML) the
 * composed node tree, kept so that the line of any field can be found later, only for the few
 * fields a finding is about.
 *
 * @param content the document; {@code null} for an empty document
 * @param line    1-based line where the document starts
 * @param node    the YAML node tree, or {@code null} for JSON input (lines are then unknown)
 * @param broken  whether the document had a problem (such as a duplicate key) and was read leniently
 */
public record ParsedDocument(JsonNode content, int line, Node node, boolean broken) {

    /**
     * The 1-based line of the field at a JSON pointer ({@code /spec/template/spec/containers/0}); for a
     * field that does not exist, the line of its nearest existing parent; the document's line when no
     * node tree is known.
     */
    public int lineOf(String pointer) {
        if (node == null || pointer.isEmpty()) {
            return line;
        }
        // A field is on the line of its key (the value of a nested mapping starts a line later).
        Node current = node;
        int found = current.getStartMark().getLine() + 1;
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            Node next = child(current, name);
            if (next == null) {
                break;
            }
            found = current instanceof MappingNode mapping ? keyLine(mapping, name) : next.getStartMark().getLine() + 1;
            current = next;
        }
        return found;
    }

    private static int keyLine(MappingNode mapping, String name) {
        int line = 0;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                line = key.getStartMark().getLine() + 1;
            }
        }
        return line;
    }

    /** The part of this document at a JSON pointer (a List's item), keeping its lines. */
    public ParsedDocument at(String pointer) {
        Node sub = node == null ? null : deepest(pointer);
        return new ParsedDocument(content.at(pointer), lineOf(pointer), sub, broken);
    }

    private Node deepest(String pointer) {
        Node current = node;
        if (pointer.isEmpty()) {
            return current;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            Node next = child(current, segment.replace("~1", "/").replace("~0", "~"));
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static Node child(Node parent, String segment) {
        if (parent instanceof MappingNode mapping) {
            Node found = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(segment)) {
                    found = tuple.getValueNode();
                }
            }
            return found;
        }
        if (parent instanceof SequenceNode sequence && segment.matches("[0-9]{1,9}")) {
            int index = Integer.parseInt(segment);
            return index < sequence.getValue().size() ? sequence.getValue().get(index) : null;
        }
        return null;
    }
}
