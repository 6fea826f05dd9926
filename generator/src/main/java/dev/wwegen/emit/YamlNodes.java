package dev.wwegen.emit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns a plain tree into SnakeYAML nodes, deciding everything that makes the text deterministic and unambiguous:
 * keys sorted, block style, which strings are quoted or written as literal blocks, and how numbers are spelled.
 *
 * <p>Every container becomes a fresh node, so SnakeYAML never writes anchors or aliases for shared objects.
 */
final class YamlNodes {

    private static final Resolver RESOLVER = new Resolver();

    private YamlNodes() {
    }

    /** The node for {@code value}; {@code where} names it in error messages ({@code spec.ports[0].name}). */
    static Node of(Object value, String where) {
        try {
            return node(value, null);
        } catch (Untracked e) {
            return node(value, where); // the same walk again, naming where it fails
        }
    }

    /**
     * Thrown instead of the error when the walk does not track where it is (a {@code null} {@code where}): a tree
     * is almost always good, and naming every node's path costs a string for each.
     */
    private static final class Untracked extends RuntimeException {
        private static final Untracked INSTANCE = new Untracked();

        private Untracked() {
            super(null, null, false, false);
        }
    }

    private static IllegalArgumentException error(String where, String message) {
        if (where == null) {
            throw Untracked.INSTANCE;
        }
        return new IllegalArgumentException(message);
    }

    private static String child(String where, int index) {
        return where == null ? null : where + "[" + index + "]";
    }

    private static String child(String where, String key) {
        return where == null ? null : where.isEmpty() ? key : where + "." + key;
    }

    private static Node node(Object value, String where) {
        if (value == null) {
            return scalar(Tag.NULL, "null", ScalarStyle.PLAIN);
        }
        if (value instanceof String text) {
            return string(text, where);
        }
        if (value instanceof Boolean bool) {
            return scalar(Tag.BOOL, bool.toString(), ScalarStyle.PLAIN);
        }
        if (value instanceof Number number) {
            return number(number, where);
        }
        if (value instanceof Map<?, ?> map) {
            return mapping(map, where);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                items.add(node(list.get(i), child(where, i)));
            }
            return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
        }
        throw error(where, "value at '" + where + "' (" + value.getClass().getName()
                + ") is not a map, list, string, number, boolean or null");
    }

    private static Node mapping(Map<?, ?> map, String where) {
        @SuppressWarnings("unchecked")
        Map.Entry<?, ?>[] entries = map.entrySet().toArray(new Map.Entry[0]);
        for (Map.Entry<?, ?> entry : entries) {
            if (!(entry.getKey() instanceof String)) {
                throw error(where, "key at '" + where + "' (" + entry.getKey() + ") is not a string");
            }
        }
        Arrays.sort(entries, BY_KEY);
        List<NodeTuple> tuples = new ArrayList<>(entries.length);
        for (Map.Entry<?, ?> entry : entries) {
            String key = (String) entry.getKey();
            String childWhere = child(where, key);
            tuples.add(new NodeTuple(string(key, childWhere), node(entry.getValue(), childWhere)));
        }
        return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }

    /** Keys in String order, as a TreeMap of the entries would hold them. */
    private static final Comparator<Map.Entry<?, ?>> BY_KEY = (a, b) -> ((String) a.getKey()).compareTo(
            (String) b.getKey());

    private static Node string(String text, String where) {
        requireWellFormed(text, where);
        return scalar(Tag.STR, text, styleFor(text));
    }

    /**
     * Literal blocks for multi-line text, when they can hold it exactly; double quotes for anything a reader could
     * take for another type, or whose line breaks a block would not keep; otherwise plain, which SnakeYAML's emitter
     * still quotes when the syntax needs it.
     */
    static ScalarStyle styleFor(String text) {
        if (hasNonLfBreak(text) || text.endsWith("\n\n") || text.equals("\n")) {
            // A block would turn \r or U+2028 into \n, and keeping trailing blank lines (or a lone line
            // break) needs "|+", which would leave the document without its single final newline.
            return ScalarStyle.DOUBLE_QUOTED;
        }
        if (text.indexOf('\n') >= 0) {
            return ScalarStyle.LITERAL; // SnakeYAML falls back to double quotes where a block cannot hold it
        }
        return PlainScalars.readsAsNonString(text) ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
    }

    private static boolean hasNonLfBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static void requireWellFormed(String text, String where) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error(where, "string at '" + where + "' has an unpaired surrogate at index " + i
                        + "; it cannot be written as UTF-8");
            }
        }
    }

    private static Node number(Number number, String where) {
        String text;
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            text = number.toString();
        } else if (number instanceof Double || number instanceof Float) {
            text = decimal(number);
        } else if (number instanceof BigDecimal big) {
            text = big.toPlainString();
        } else {
            throw error(where, "number at '" + where + "' has unsupported type "
                    + number.getClass().getName());
        }
        return scalar(RESOLVER.resolve(NodeId.scalar, text, true), text, ScalarStyle.PLAIN);
    }

    /** Doubles without exponent noise: {@code 1.0E10} is written {@code 10000000000.0}. */
    private static String decimal(Number number) {
        double d = number.doubleValue();
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        // Float.toString keeps a float's shortest decimal form; widening it to double first would add digits.
        String shortest = number instanceof Float f ? Float.toString(f) : Double.toString(d);
        String plain = new BigDecimal(shortest).stripTrailingZeros().toPlainString();
        if (plain.equals("0") && (1 / d) < 0) {
            plain = "-0";
        }
        return plain.indexOf('.') >= 0 ? plain : plain + ".0";
    }

    private static ScalarNode scalar(Tag tag, String text, ScalarStyle style) {
        return new ScalarNode(tag, text, null, null, style);
    }
}
