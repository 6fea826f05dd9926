package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.wwegen.verify.GroupVersionKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Gateway API and OpenShift Route object wwegen generates (the committed output of every profile and fleet cell) is
 * written as the API server stores it: applying the API's defaults changes nothing, so {@code kubectl diff}
 * and Argo CD see no drift on fields wwegen left out.
 */
class GeneratedRoutesAsStoredTest {

    private static final Path ROOT = Path.of(System.getProperty("wwegen.root", ".."));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void generatedRouteObjectsCarryTheApiServersDefaults() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT.resolve("output"))) { // every profile's and fleet cell's manifests
            files = walk.filter(p -> p.toString().endsWith(".yaml") && p.getParent().getParent().getFileName()
                    .toString().equals("manifests")).sorted().toList();
        }
        List<String> checked = new ArrayList<>();
        for (Path file : files) {
            JsonNode body = YAML.readTree(file.toFile());
            GroupVersionKind gvk = GroupVersionKind.of(body.path("apiVersion").asText(), body.path("kind").asText());
            var kind = RouteSchemas.bundled().lookup(gvk);
            if (kind.isEmpty()) {
                continue;
            }
            checked.add(gvk.kind());
            assertThat(kind.get().withDefaults(body)).as(file.toString()).isEqualTo(body);
        }
        assertThat(checked).contains("HTTPRoute", "Gateway", "ReferenceGrant", "Route");
    }
}
