package dev.wwegen.verify.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.extensions.CelExtensions;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.wwegen.verify.GroupVersionKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * cel-java's planner runtime, which {@link CelRule} evaluates with, against its legacy runtime, which it evaluated
 * with before: every bundled rule must give the same outcome (holds, fails, or fails to evaluate, for the same
 * reason) on the nodes of known-good objects of every kind and of variants of them with one field removed, one
 * value changed, one list emptied or one list item doubled.
 */
class CelPlannerParityTest {

    private static final CelRuntime LEGACY = CelRuntimeFactory.legacyCelRuntimeBuilder()
            .addLibraries(CelExtensions.strings()).build();
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void everyBundledRuleGivesWhatTheLegacyRuntimeGaveOnKnownObjectsAndTheirVariants() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (String yaml : List.of(RouteSchemasTest.HTTPROUTE, RouteSchemasTest.GATEWAY, RouteSchemasTest.GRPCROUTE,
                RouteSchemasTest.GATEWAYCLASS, RouteSchemasTest.GRANT, RouteSchemasTest.ROUTE)) {
            JsonNode object = YAML.readTree(yaml);
            RouteKindSchema kind = RouteSchemas.bundled().lookup(GroupVersionKind.of(object.path("apiVersion").asText(),
                    object.path("kind").asText())).orElseThrow();
            List<JsonNode> variants = new ArrayList<>(List.of(object));
            variants(object, variants::add);
            for (CelRule rule : kind.rules()) {
                CelRuntime.Program legacy = LEGACY.createProgram(
                        CelProtoAbstractSyntaxTree.fromCheckedExpr(rule.checked()).getAst());
                JsonNode schema = CelRule.schemaAt(kind.schema(), rule.path());
                for (JsonNode variant : variants) {
                    for (Object value : new ObjectPaths(kind.withDefaults(variant)).celValues(rule.path(), schema)) {
                        if (value == null) {
                            continue;
                        }
                        Object planned = CelRule.outcome(rule.program(), value);
                        Object reference = CelRule.outcome(legacy, value);
                        String what = rule.expression() + " on " + value;
                        if (reference instanceof CelRule.Failed) {
                            assertThat(planned).as(what).isInstanceOf(CelRule.Failed.class);
                        } else {
                            assertThat(planned).as(what).isEqualTo(reference);
                        }
                        // What a finding says is the legacy runtime's, reason and all.
                        assertThat(rule.evaluate(value)).as(what).isEqualTo(reference);
                        if (!planned.equals(reference)) {
                            outcomes.merge("failed, reason from the legacy runtime", 1, Integer::sum);
                        }
                        outcomes.merge(planned instanceof CelRule.Failed ? "failed" : planned.toString(), 1,
                                Integer::sum);
                    }
                }
            }
        }
        // Every kind of outcome was compared, many times each, and the planner's own reason was not always the one
        // a finding must give.
        assertThat(outcomes).containsOnlyKeys("true", "false", "failed", "failed, reason from the legacy runtime");
        assertThat(outcomes.values()).allMatch(count -> count >= 10);
    }

    /** Each variant of {@code node}'s root with one change somewhere in it. */
    private static void variants(JsonNode root, Consumer<JsonNode> out) {
        changes(root, root, out);
    }

    private static void changes(JsonNode root, JsonNode node, Consumer<JsonNode> out) {
        if (node instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode value = object.get(field);
                object.remove(field);
                out.accept(root.deepCopy());
                for (JsonNode other : others(value)) {
                    object.set(field, other);
                    out.accept(root.deepCopy());
                }
                object.set(field, value);
                changes(root, value, out);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            array.removeAll();
            out.accept(root.deepCopy());
            items.forEach(array::add);
            array.add(items.get(0).deepCopy());
            out.accept(root.deepCopy());
            array.remove(array.size() - 1);
            items.forEach(item -> changes(root, item, out));
        }
    }

    /** Other values for a scalar: empty, another word, the edges of numbers, the other truth value. */
    private static List<JsonNode> others(JsonNode value) {
        if (value.isTextual()) {
            return List.of(TextNode.valueOf(""), TextNode.valueOf("Other"), TextNode.valueOf(value.textValue() + "/x"));
        }
        if (value.isNumber()) {
            return List.of(YAML.getNodeFactory().numberNode(0), YAML.getNodeFactory().numberNode(-1),
                    YAML.getNodeFactory().numberNode(70000));
        }
        if (value.isBoolean()) {
            return List.of(YAML.getNodeFactory().booleanNode(!value.booleanValue()));
        }
        return List.of();
    }
}
