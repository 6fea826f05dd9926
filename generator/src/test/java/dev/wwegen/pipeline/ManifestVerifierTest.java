package dev.wwegen.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import dev.wwegen.render.RenderedObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestVerifierTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theJsonOfEachRenderedObjectIsWhatJacksonMakesOfItsTree() throws Exception {
        var loader = new ProfileLoader(ProfileSource.bundled());
        var generator = new Generator(WweReference.architecture(), loader, false);
        int objects = 0;
        for (String name : loader.names()) {
            for (RenderedObject object : generator.generate(name).objects()) {
                assertThat(ManifestVerifier.json(object.tree())).as("%s %s", name, object.fileName())
                        .isEqualTo(MAPPER.valueToTree(object.tree()));
                assertThat(ManifestVerifier.json(object.tree()).toString()).isEqualTo(
                        MAPPER.valueToTree(object.tree()).toString());
                objects++;
            }
        }
        assertThat(objects).isGreaterThan(30);
    }

    @Test
    void everyKindOfValueBecomesTheNodeJacksonWouldMake() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "a");
        tree.put("int", 1);
        tree.put("long", 1L << 40);
        tree.put("double", 0.5);
        tree.put("decimal", new BigDecimal("1.50"));
        tree.put("bool", true);
        tree.put("none", null);
        tree.put("list", Arrays.asList(1, "b", null, List.of(), Map.of()));
        tree.put("map", Map.of("k", List.of(Map.of("x", 2.5f))));
        assertThat(ManifestVerifier.json(tree)).isEqualTo(MAPPER.valueToTree(tree));
        assertThat(ManifestVerifier.json(tree).toString()).isEqualTo(MAPPER.valueToTree(tree).toString());
    }
}
