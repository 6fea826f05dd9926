package dev.wwegen.render;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The checksum is over Go's JSON, so Helm's {@code toJson | sha256sum} computes the same (the chart tests prove it). */
class ConfigChecksumTest {

    @Test
    void jsonIsWhatGoMarshalWrites() {
        var config = new TreeMap<String, String>();
        config.put("b", "<a & b> \"q\" \\ é\n\t\u2028\u0001");
        config.put("a", "https://gws.example.com");
        assertThat(ConfigChecksum.goJson(config)).isEqualTo("{\"a\":\"https://gws.example.com\","
                + "\"b\":\"\\u003ca \\u0026 b\\u003e \\\"q\\\" \\\\ é\\n\\t\\u2028\\u0001\"}");
        assertThat(ConfigChecksum.goJson(Map.of())).isEqualTo("{}");
    }

    @Test
    void checksumIsSha256OfThatJsonAndChangesWithTheConfig() {
        // echo -n '{"gwsUrl":"https://gws.example.com"}' | sha256sum
        assertThat(ConfigChecksum.of(Map.of("gwsUrl", "https://gws.example.com")))
                .isEqualTo("5fe55c5d4ec556d2f326e384a31c7243de14ef23c9a63e5c96f7cb19ad3a1dc9");
        assertThat(ConfigChecksum.of(Map.of("gwsUrl", "https://gws.example.org")))
                .isNotEqualTo(ConfigChecksum.of(Map.of("gwsUrl", "https://gws.example.com")));
    }

}
