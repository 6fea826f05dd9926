package dev.wwegen.profile;

import dev.wwegen.profile.FieldType.Field;
import dev.wwegen.profile.FieldType.ListOf;
import dev.wwegen.profile.FieldType.MapOf;
import dev.wwegen.profile.FieldType.Problem;
import dev.wwegen.profile.FieldType.Struct;
import dev.wwegen.profile.FieldType.Text;
import dev.wwegen.profile.FieldType.TextFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks one file's composed YAML node tree against {@link ProfileSchema}: unknown and duplicate keys,
 * mappings, lists and text. Numbers and booleans are {@link ScalarChecker}'s. Every problem is added
 * to the findings with its file position; the value that caused it is left out of the result.
 */
final class NodeChecker {

    private final ScalarChecker scalars;

    NodeChecker(ScalarChecker scalars) {
        this.scalars = scalars;
    }

    /** Checks a file's top level; an empty file (no node) is an empty profile. */
    Sourced.Fields checkFile(Node root, String fileStart) {
        return checkFile(root, fileStart, ProfileSchema.ROOT);
    }

    /** Checks a file's top level against {@code schema} (a profile's, or a fleet file's). */
    Sourced.Fields checkFile(Node root, String fileStart, Struct schema) {
        if (root == null) {
            return new Sourced.Fields(Map.of(), fileStart);
        }
        if (!(root instanceof MappingNode)) {
            scalars.error(root, "", "the top level is " + ScalarChecker.describe(root) + ", not a mapping",
                    "write the profile as key: value lines, e.g. replicas: 2");
            return new Sourced.Fields(Map.of(), fileStart);
        }
        return struct((MappingNode) root, schema, "");
    }

    private Sourced check(Node node, FieldType type, boolean nullable, String path, String key) {
        if (scalars.isNull(node)) {
            if (nullable) {
                return new Sourced.Leaf(null, scalars.where(node));
            }
            if (!(type instanceof Text)) {
                scalars.rejectNull((ScalarNode) node, path, type);
                return null;
            }
        }
        if (type instanceof Struct struct) {
            return node instanceof MappingNode m ? struct(m, struct, path) : mismatch(node, path, "a mapping");
        }
        if (type instanceof MapOf map) {
            return node instanceof MappingNode m ? map(m, map, path) : mismatch(node, path, "a mapping");
        }
        if (type instanceof ListOf list) {
            return node instanceof SequenceNode s ? list(s, list, path) : mismatch(node, path, "a list");
        }
        if (type instanceof Text text) {
            return node instanceof ScalarNode s ? scalars.text(s, text.format(), path, key)
                    : mismatch(node, path, "a string");
        }
        return scalars.check(node, type, path);
    }

    private Sourced.Fields struct(MappingNode node, Struct type, String path) {
        Map<String, Sourced> entries = new LinkedHashMap<>();
        for (Map.Entry<ScalarNode, Node> entry : entries(node, path).entrySet()) {
            String key = entry.getKey().getValue();
            String child = join(path, key);
            Field field = type.fields().get(key);
            if (field == null) {
                scalars.error(entry.getKey(), child, "unknown key " + NameFormats.quote(key),
                        KeySuggestion.hint(key, type.fields().keySet()));
                continue;
            }
            Sourced value = check(entry.getValue(), field.type(), field.nullable(), child, key);
            if (value != null) {
                entries.put(key, value);
            }
        }
        return new Sourced.Fields(entries, scalars.where(node));
    }

    private Sourced.Fields map(MappingNode node, MapOf type, String path) {
        Map<String, Sourced> entries = new LinkedHashMap<>();
        for (Map.Entry<ScalarNode, Node> entry : entries(node, path).entrySet()) {
            String key = entry.getKey().getValue();
            String child = join(path, key);
            boolean keyOk = scalars.text(entry.getKey(), keyFormat(type.key()), child, null) != null;
            Sourced value = check(entry.getValue(), type.value(), false, child, key);
            if (keyOk && value != null) {
                entries.put(key, value);
            }
        }
        return new Sourced.Fields(entries, scalars.where(node));
    }

    private Sourced.Items list(SequenceNode node, ListOf type, String path) {
        List<Sourced> items = new ArrayList<>();
        List<Node> values = node.getValue();
        for (int i = 0; i < values.size(); i++) {
            Sourced item = check(values.get(i), type.item(), false, path + "[" + i + "]", null);
            if (item != null) {
                items.add(item);
            }
        }
        return new Sourced.Items(items, scalars.where(node));
    }

    /** The mapping's entries with scalar keys, reporting complex and duplicate keys (SnakeYAML's compose does not). */
    private Map<ScalarNode, Node> entries(MappingNode node, String path) {
        Map<ScalarNode, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                scalars.error(tuple.getKeyNode(), path, "a key is " + ScalarChecker.describe(tuple.getKeyNode()),
                        "keys are plain words, e.g. replicas");
                continue;
            }
            Integer first = firstLine.putIfAbsent(key.getValue(), key.getStartMark().getLine() + 1);
            if (first != null) {
                scalars.error(key, join(path, key.getValue()), "duplicate key " + NameFormats.quote(key.getValue())
                        + ", first set at line " + first, "keep one of them: YAML tools disagree on which one wins");
                continue;
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    private Sourced mismatch(Node node, String path, String expected) {
        scalars.error(node, path, "expected " + expected + ", found " + ScalarChecker.describe(node),
                switch (expected) {
                    case "a list" -> "write a list as \"- item\" lines or [a, b]";
                    case "a mapping" -> "write a mapping as indented key: value lines or {key: value}";
                    default -> "write a single value";
                });
        return null;
    }

    /** Map keys are names, so the reason says which key is wrong rather than which value. */
    private static TextFormat keyFormat(TextFormat format) {
        return value -> format.check(value).map(p -> new Problem("key " + p.reason(), p.hint()));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
