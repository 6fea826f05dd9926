package dev.wwegen.verify.kubeconform;

import dev.wwegen.verify.Fixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parses the real kubeconform v0.7.0 outputs recorded in src/test/resources/kubeconform. */
class KubeconformOutputTest {

    @Test
    void parsesInvalidResourcesTheirErrorsAndTheSummary() throws IOException {
        KubeconformOutput output = KubeconformOutput.parse(Fixture.resource("/kubeconform/invalid.json.out"));
        assertThat(output.invalid()).isEqualTo(3);
        assertThat(output.errors()).isEqualTo(1);
        assertThat(output.results()).extracting(KubeconformOutput.Result::status).containsExactly(
                "statusInvalid", "statusError", "statusInvalid", "statusInvalid");
        assertThat(output.results().get(0).errors()).containsExactly(
                new KubeconformOutput.Error("/spec/rules/0/http/paths/0", "missing property 'pathType'"),
                new KubeconformOutput.Error("/spec/rules/0/http/paths/0/backend",
                        "additional properties 'serviceName', 'servicePort' not allowed"));
        assertThat(output.results().get(1).message()).endsWith("line 6: key \"name\" already set in map");
    }

    @Test
    void parsesAValidRunWithVerboseResults() throws IOException {
        KubeconformOutput output = KubeconformOutput.parse(Fixture.resource("/kubeconform/valid.json.out"));
        assertThat(output.valid()).isEqualTo(8);
        assertThat(output.results()).hasSize(8).allMatch(r -> r.status().equals("statusValid"));
    }

    @Test
    void outputThatIsNotJsonIsAnError() {
        assertThatThrownBy(() -> KubeconformOutput.parse("flag provided but not defined: -x"))
                .hasMessage("kubeconform printed no JSON: flag provided but not defined: -x");
    }
}
