package dev.wwegen.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigInteger;
import java.util.List;

/**
 * Builds a JSON tree straight from a composed YAML node tree, without the detour through Java maps.
 * Scalars take SnakeYAML's YAML 1.1 meaning ({@code 0755} is 493, {@code yes} is true), merge keys are
 * flattened, and a duplicate key is recorded as a problem while the last value wins.
 */
final class TreeConstructor extends SafeConstructor {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    TreeConstructor(LoaderOptions options) {
        super(options);
    }

    /**
     * The tree of one document; a duplicate key is reported to {@code problems} with the
     * position of the repeated key, and its last value is kept.
     */
    JsonNode document(Node node, List<MarkedYAMLException> problems) {
        return tree(node, problems);
    }

    private JsonNode tree(Node node, List<MarkedYAMLException> problems) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode(sequence.getValue().size());
            sequence.getValue().forEach(item -> array.add(tree(item, problems)));
            return array;
        }
        MappingNode mapping = (MappingNode) node;
        if (mapping.isMerged()) {
            // Rare in manifests; SnakeYAML's own merge also reports a duplicate key it meets.
            try {
                flattenMapping(mapping);
            } catch (MarkedYAMLException e) {
                problems.add(e);
            }
        }
        ObjectNode object = NODES.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(tree(key, problems));
            if (object.has(name)) {
                problems.add(new DuplicateKey(mapping.getStartMark(), name, key.getStartMark()));
            }
            object.set(name, tree(tuple.getValueNode(), problems));
        }
        return object;
    }

    /** The same problem, mark and wording as SnakeYAML's own duplicate-key error. */
    static final class DuplicateKey extends MarkedYAMLException {
        DuplicateKey(Mark context, String key, Mark problem) {
            super("while constructing a mapping", context, "found duplicate key " + key, problem);
        }
    }

    /** A scalar's value: null, a boolean or a number by its resolved tag, else its text. */
    JsonNode scalar(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            Object value = getConstructor(scalar).construct(scalar);
            if (value instanceof Boolean b) {
                return NODES.booleanNode(b);
            }
            if (value instanceof Integer i) {
                return NODES.numberNode(i);
            }
            if (value instanceof Long l) {
                return NODES.numberNode(l);
            }
            if (value instanceof BigInteger big) {
                return NODES.numberNode(big);
            }
            if (value instanceof Double d) {
                return NODES.numberNode(d);
            }
        }
        return NODES.textNode(scalar.getValue());
    }
}
