package dev.wwegen.verify.kubeconform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wwegen.verify.GroupVersionKind;
import dev.wwegen.verify.KubernetesSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported schemas have kubeconform's names and layout, no $ref, and strict ones are closed. */
class SchemaExportTest {

    @TempDir
    Path dir;

    @Test
    void namesFollowKubeconform() {
        assertThat(SchemaExport.fileName(new GroupVersionKind("apps", "v1", "Deployment"))).isEqualTo("deployment-apps-v1.json");
        assertThat(SchemaExport.fileName(new GroupVersionKind("", "v1", "Service"))).isEqualTo("service-v1.json");
        assertThat(SchemaExport.fileName(new GroupVersionKind("networking.k8s.io", "v1", "Ingress")))
                .isEqualTo("ingress-networking-v1.json");
    }

    @Test
    void strictSchemasAreStandaloneAndClosed() throws IOException {
        var kinds = List.of(new GroupVersionKind("apps", "v1", "Deployment"), new GroupVersionKind("", "v1", "Service"));
        assertThat(new SchemaExport(KubernetesSchema.bundled()).write(dir, kinds)).isEqualTo(4);
        String strict = Files.readString(dir.resolve("master-standalone-strict/deployment-apps-v1.json"));
        assertThat(strict).doesNotContain("$ref");
        JsonNode deployment = new ObjectMapper().readTree(strict);
        assertThat(deployment.path("additionalProperties").asBoolean(true)).isFalse();
        JsonNode spec = deployment.at("/properties/spec");
        assertThat(spec.at("/properties/replicas/type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(spec.at("/properties/strategy/properties/rollingUpdate/properties/maxSurge/oneOf").toString())
                .contains("\"string\"", "\"integer\"");
        JsonNode open = new ObjectMapper().readTree(dir.resolve("master-standalone/service-v1.json").toFile());
        assertThat(open.has("additionalProperties")).isFalse();
    }
}
