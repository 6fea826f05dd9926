package dev.wwegen.manifest;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.List;

/**
 * The lines of one YAML node and everything under it, without the node tree: for a mapping, each key's
 * line and value; for a sequence, its items. Lookups follow the node tree's rules exactly: a repeated key
 * finds its last occurrence, a key that is not a plain scalar is never found, and merge keys have been
 * flattened into the mapping before the index is built.
 */
final class LineIndex {

    private static final LineIndex[] NONE = new LineIndex[0];

    /** 1-based line where the node starts. */
    private final int line;
    /** Mapping keys (null for a key that is not a scalar); {@code null} for a sequence or a scalar. */
    private final String[] keys;
    /** The 1-based line of each key. */
    private final int[] keyLines;
    /** Mapping values or sequence items. */
    private final LineIndex[] children;

    private LineIndex(int line, String[] keys, int[] keyLines, LineIndex[] children) {
        this.line = line;
        this.keys = keys;
        this.keyLines = keyLines;
        this.children = children;
    }

    /** The index of a composed (and merge-flattened) node tree. */
    static LineIndex of(Node node) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = mapping.getValue();
            String[] keys = new String[tuples.size()];
            int[] keyLines = new int[tuples.size()];
            LineIndex[] values = new LineIndex[tuples.size()];
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple tuple = tuples.get(i);
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    keys[i] = key.getValue();
                    keyLines[i] = key.getStartMark().getLine() + 1;
                }
                values[i] = of(tuple.getValueNode());
            }
            return new LineIndex(line, keys, keyLines, values);
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            LineIndex[] children = new LineIndex[items.size()];
            for (int i = 0; i < children.length; i++) {
                children[i] = of(items.get(i));
            }
            return new LineIndex(line, null, null, children);
        }
        return new LineIndex(line, null, null, NONE);
    }

    /**
     * The line of the field at a JSON pointer below this node: a mapping's field is on the line of its key,
     * a sequence's item on the line it starts; a field that does not exist gives the line of its nearest
     * existing parent.
     */
    int lineOf(String pointer) {
        LineIndex current = this;
        int found = line;
        if (pointer.isEmpty()) {
            return found;
        }
        for (String segment : segments(pointer)) {
            int at = current.find(segment);
            if (at < 0) {
                break;
            }
            found = current.keys != null ? current.keyLines[at] : current.children[at].line;
            current = current.children[at];
        }
        return found;
    }

    /** The node at a JSON pointer, or its nearest existing parent. */
    LineIndex deepest(String pointer) {
        LineIndex current = this;
        if (pointer.isEmpty()) {
            return current;
        }
        for (String segment : segments(pointer)) {
            int at = current.find(segment);
            if (at < 0) {
                break;
            }
            current = current.children[at];
        }
        return current;
    }

    /** The position of a child: the last key equal to {@code segment}, or the item it numbers; -1 if none. */
    private int find(String segment) {
        if (keys != null) {
            for (int i = keys.length - 1; i >= 0; i--) {
                if (segment.equals(keys[i])) {
                    return i;
                }
            }
            return -1;
        }
        if (children.length == 0 || !isIndex(segment)) {
            return -1;
        }
        int index = Integer.parseInt(segment);
        return index < children.length ? index : -1;
    }

    /** One to nine ASCII digits, as a sequence index is written in a pointer. */
    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The unescaped segments of a non-empty JSON pointer (RFC 6901: {@code ~1} is /, {@code ~0} is ~). */
    private static String[] segments(String pointer) {
        String[] segments = pointer.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].indexOf('~') >= 0) {
                segments[i] = segments[i].replace("~1", "/").replace("~0", "~");
            }
        }
        return segments;
    }
}
