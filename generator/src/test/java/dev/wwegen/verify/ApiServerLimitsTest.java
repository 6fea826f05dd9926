package dev.wwegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Objects larger than etcd stores (1.5 MiB written as JSON) are errors; the size is the exact one. */
class ApiServerLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> sizeFindings(String annotation) {
        ObjectNode body = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        body.putObject("metadata").put("name", "a").put("namespace", "x").putObject("annotations").put("big", annotation);
        return ApiServerLimits.check(List.of(Resource.inMemory(body, "in.yaml"))).stream()
                .filter(f -> f.rule().equals(ApiServerLimits.SIZE)).map(f -> f.finding().reason()).toList();
    }

    @Test
    void anObjectOverOneAndAHalfMebibytesIsAnError() {
        assertThat(sizeFindings("x".repeat(1600 * 1024))).singleElement().asString()
                .contains("ConfigMap `a` is 1.6 MiB, over the 1.5 MiB etcd stores per object");
    }

    @Test
    void theSizeIsTheWrittenOneWithEscapesAndUtf8() {
        // 1.2 MiB of plain characters stays below the limit, though a bound of 6 bytes per character does not.
        assertThat(sizeFindings("x".repeat(1200 * 1024))).isEmpty();
        // Control characters are written as 6-byte escapes: 300 Ki of them are 1.8 MiB.
        assertThat(sizeFindings("\u0001".repeat(300 * 1024))).singleElement().asString().contains("is 1.8 MiB");
        // Three UTF-8 bytes per character: 550 Ki of them are 1.6 MiB.
        assertThat(sizeFindings("\u20ac".repeat(550 * 1024))).singleElement().asString().contains("is 1.6 MiB");
    }

    @Test
    void theBoundIsNeverBelowTheWrittenSize() throws Exception {
        JsonNode node = JSON.readTree("{\"a\\u0001\u20ac\": [1, -9223372036854775808, 1.5e300, true, null, \"\\n\\u0002\","
                + " {\"\": \"\"}, []], \"b\": 123456789012345678901234567890}");
        ((ObjectNode) node).put("d", new BigDecimal("1E+400")).put("s", "\ud800");
        assertThat(ApiServerLimits.atMost(node)).isGreaterThanOrEqualTo(node.toString().getBytes(StandardCharsets.UTF_8).length);
    }
}
