package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CustomResourceSchemasTest {

    private static final GroupVersionKind WIDGET = GroupVersionKind.of("example.com/v1", "Widget");

    private static JsonNode crd(String type) {
        return TestYaml.parse("""
                kind: CustomResourceDefinition
                spec:
                  group: example.com
                  names: {kind: Widget}
                  versions:
                  - name: v1
                    schema: {openAPIV3Schema: {type: object, properties: {spec: {type: %s}}}}
                """.formatted(type));
    }

    @Test
    void theFallbackIsAskedOnALookupOnceAndAGivenCrdWins() {
        List<GroupVersionKind> asked = new ArrayList<>();
        var fromFallback = new CustomResourceSchemas(KubernetesSchema.bundled(), gvk -> {
            asked.add(gvk);
            return gvk.equals(WIDGET) ? Optional.of(crd("string")) : Optional.empty();
        });
        assertThat(asked).isEmpty();
        assertThat(fromFallback.lookup(WIDGET)).isPresent();
        assertThat(fromFallback.lookup(WIDGET)).isPresent();
        assertThat(fromFallback.lookup(GroupVersionKind.of("apps/v1", "Deployment"))).isEmpty();
        assertThat(asked).containsExactly(WIDGET, GroupVersionKind.of("apps/v1", "Deployment"));

        var given = new CustomResourceSchemas(KubernetesSchema.bundled(), gvk -> {
            asked.add(gvk);
            return Optional.of(crd("string"));
        });
        asked.clear();
        assertThat(given.add(crd("integer"))).isEqualTo(1);
        assertThat(given.lookup(WIDGET)).isPresent();
        assertThat(asked).isEmpty();
    }
}
