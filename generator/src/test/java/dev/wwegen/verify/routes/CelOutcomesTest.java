package dev.wwegen.verify.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wwegen.dsl.check.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A rule's outcomes kept per value: equal values evaluated once, values CEL tells apart never confused. */
class CelOutcomesTest {

    private final AtomicInteger evaluations = new AtomicInteger();
    private final Function<Object, Object> counted = value -> {
        evaluations.incrementAndGet();
        return String.valueOf(value);
    };

    @Test
    void anEqualValueIsNotEvaluatedAgain() {
        CelOutcomes outcomes = new CelOutcomes();
        Object first = Map.of("matches", List.of(Map.of("path", "/")), "weight", 1L);
        Object second = Map.of("matches", List.of(Map.of("path", "/")), "weight", 1L);

        assertThat(outcomes.of(first, counted)).isEqualTo(outcomes.of(second, counted)).isEqualTo(String.valueOf(first));
        assertThat(evaluations).hasValue(1);
        assertThat(outcomes.of(Map.of("matches", List.of(Map.of("path", "/a")), "weight", 1L), counted))
                .asString().contains("/a");
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void valuesCelTellsApartAreKeptApart() {
        CelOutcomes outcomes = new CelOutcomes();
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1L);
        ab.put("b", 2L);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2L);
        ba.put("a", 1L);
        assertThat(ab).isEqualTo(ba); // equal as Java maps, yet a comprehension sees their keys in another order

        for (Object value : new Object[]{ab, ba, 1L, 1.0, List.of(1L, 2L), List.of(2L, 1L), List.of(1L), "1", true}) {
            outcomes.of(value, counted);
        }
        assertThat(evaluations).hasValue(9);
        assertThat(outcomes.size()).isEqualTo(9);
    }

    @Test
    void keepsAtMostItsLimitAndStillEvaluatesTheRest() {
        CelOutcomes outcomes = new CelOutcomes();
        for (long i = 0; i < CelOutcomes.LIMIT + 10; i++) {
            assertThat(outcomes.of(i, counted)).isEqualTo(Long.toString(i));
        }
        assertThat(outcomes.size()).isEqualTo(CelOutcomes.LIMIT);
        outcomes.of((long) CelOutcomes.LIMIT + 5, counted);
        assertThat(evaluations).hasValue(CelOutcomes.LIMIT + 11);
    }

    @Test
    void aRuleGivesEachNodeItsFindingAndEvaluatesEachValueOnce() throws Exception {
        // The rule reads a map's keys in order: {a, b} holds, {b, a} does not, though the maps are equal in Java.
        CelRule rule = RuleCompiler.compile("spec.rules[]", "self.map(k, k)[0] == 'a'", "a comes first");
        JsonNode schema = new ObjectMapper().readTree("""
                {"properties": {"spec": {"properties": {"rules": {"items": {"additionalProperties": {}}}}}}}""");
        JsonNode object = new ObjectMapper().readTree("""
                {"spec": {"rules": [{"a": 1, "b": 2}, {"b": 2, "a": 1}, {"a": 1, "b": 2}, {"b": 2, "a": 1}]}}""");
        List<Finding> findings = new ArrayList<>();

        rule.check(new ObjectPaths(object), schema, "HTTPRoute wwe/r", findings::add);

        assertThat(findings).extracting(Finding::path).containsExactly("/spec/rules/1", "/spec/rules/3");
        assertThat(rule.outcomesKept()).isEqualTo(2);
    }
}
