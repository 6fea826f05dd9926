package dev.wwegen.chart;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesDiffTest {

    @Test
    void keepsOnlyWhatDiffersComparesMapsKeyByKeyAndNullsWhatTheProfileDrops() {
        Map<String, Object> defaults = Map.of("replicaCount", 2, "list", List.of("a"),
                "security", Map.of("runAsUser", 10001, "runAsNonRoot", true), "same", Map.of("x", 1));
        Map<String, Object> profile = Map.of("replicaCount", 1, "list", List.of("a"),
                "security", Map.of("runAsNonRoot", true), "same", Map.of("x", 1));
        Map<String, Object> expected = new HashMap<>();
        expected.put("replicaCount", 1);
        Map<String, Object> security = new HashMap<>();
        security.put("runAsUser", null);
        expected.put("security", security);
        assertThat(ValuesDiff.of(defaults, profile)).isEqualTo(expected);
    }

    @Test
    void everyValuesKeyNeedsADescription() {
        assertThatThrownBy(() -> ValuesFileWriter.write(Map.of("undocumented", 1), List.of()))
                .hasMessage("values key undocumented has no description in ValueDocs");
    }

    @Test
    void aDescriptionStaysOneCommentLine() {
        assertThat(ValuesFileWriter.comment("a\nkey: b\r\n---")).isEqualTo("a key: b ---");
    }
}
