package dev.wwegen.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FieldMap} behaves as the {@link LinkedHashMap} it replaces under any sequence of operations. */
class FieldMapTest {

    /** One operation: 0 put, 1 remove, 2 get, 3 remove through the iterator, 4 setValue through the iterator. */
    record Op(int kind, int key, int value) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        // Keys from a range wider than FieldMap.SCANNED, so maps cross from scanning to the index and back.
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3 * FieldMap.SCANNED), Arbitraries.integers().between(0, 9))
                .as(Op::new);
        return op.list().ofMaxSize(200);
    }

    @Property(tries = 300)
    void everySequenceOfOperationsLeavesTheSameMapAsALinkedHashMap(@ForAll("operations") List<Op> ops) {
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        Map<String, JsonNode> actual = new FieldMap(2);
        for (Op op : ops) {
            String key = "k" + op.key();
            JsonNode value = IntNode.valueOf(op.value());
            switch (op.kind()) {
                case 0 -> assertThat(actual.put(key, value)).isEqualTo(expected.put(key, value));
                case 1 -> assertThat(actual.remove(key)).isEqualTo(expected.remove(key));
                case 2 -> assertThat(actual.get(key)).isEqualTo(expected.get(key));
                case 3 -> {
                    removeThroughIterator(expected, key);
                    removeThroughIterator(actual, key);
                }
                default -> {
                    setThroughIterator(expected, key, value);
                    setThroughIterator(actual, key, value);
                }
            }
            assertThat(actual.size()).isEqualTo(expected.size());
        }
        assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        expected.keySet().forEach(k -> assertThat(actual.containsKey(k)).isTrue());
    }

    private static void removeThroughIterator(Map<String, JsonNode> map, String key) {
        for (Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getKey().equals(key)) {
                it.remove();
            }
        }
    }

    private static void setThroughIterator(Map<String, JsonNode> map, String key, JsonNode value) {
        for (Map.Entry<String, JsonNode> entry : map.entrySet()) {
            if (entry.getKey().equals(key)) {
                entry.setValue(value);
            }
        }
    }

    @Test
    void anObjectNodeOverAFieldMapIsEqualToOneOverALinkedHashMapAndCopiesAndChangesAsOne() {
        Map<String, JsonNode> fields = new FieldMap(3);
        fields.put("b", IntNode.valueOf(1));
        fields.put("a", IntNode.valueOf(2));
        ObjectNode compact = new ObjectNode(JsonNodeFactory.instance, fields);
        ObjectNode usual = JsonNodeFactory.instance.objectNode().put("b", 1).put("a", 2);
        assertThat(compact).isEqualTo(usual);
        assertThat(compact.toString()).isEqualTo("{\"b\":1,\"a\":2}");
        ObjectNode copy = compact.deepCopy();
        compact.put("c", 3).remove("b");
        assertThat(compact.toString()).isEqualTo("{\"a\":2,\"c\":3}");
        assertThat(copy).isEqualTo(usual);
    }
}
