package dev.wwegen.verify.kubeconform;

import dev.wwegen.verify.Fixture;
import dev.wwegen.verify.KubernetesSchema;
import dev.wwegen.verify.input.InputReader;
import dev.wwegen.verify.input.Inputs;
import dev.wwegen.verify.input.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process layer against a fake kubeconform (a shell script printing the recorded output with the
 * given file name), and against the real one when it is on the PATH.
 */
public class FakeKubeconformTest {

    @TempDir
    Path dir;

    /** A script that answers -v with v0.7.0 and otherwise prints the recorded invalid.yaml output for its last argument. */
    public static Path fake(Path dir) throws IOException {
        Path recorded = dir.resolve("invalid.json.out");
        Files.writeString(recorded, Fixture.resource("/kubeconform/invalid.json.out"));
        Path script = dir.resolve("kubeconform");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = "-v" ]; then echo v0.7.0; exit 0; fi
                for last; do :; done
                echo "$*" > "%s/args"
                grep -v '^exit=' "%s" | sed "s|\\"invalid.yaml\\"|\\"$last\\"|"
                exit 1
                """.formatted(dir, recorded));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void findingsAreMergedAtWwegensLinesAndTheVersionIsReported() throws IOException {
        Inputs inputs = InputReader.parse(List.of(new Source("invalid.yaml",
                Fixture.resource("/kubeconform/invalid.yaml"))), List.of());
        var outcome = KubeconformLayer.run(fake(dir), inputs.sources(), inputs.resources(), KubernetesSchema.bundled());

        assertThat(outcome.status()).isEqualTo("v0.7.0");
        assertThat(outcome.findings()).extracting(f -> f.finding().format()).containsExactly(
                "error  invalid.yaml:46 /spec/rules/0/http/paths/0: missing property 'pathType'",
                "error  invalid.yaml:47 /spec/rules/0/http/paths/0/backend: additional properties 'serviceName',"
                        + " 'servicePort' not allowed",
                "error  invalid.yaml:6 error unmarshalling resource: error converting YAML to JSON: yaml: unmarshal"
                        + " errors: line 6: key \"name\" already set in map",
                "error  invalid.yaml:6 /spec: additional properties 'replica' not allowed",
                "error  invalid.yaml:24 /spec/replicas: got string, want null or integer",
                "error  invalid.yaml:35 /spec/template/spec/containers/0/ports/0/containerPort: got string, want integer");
        assertThat(Files.readString(dir.resolve("args"))).startsWith("-strict -summary -output json"
                + " -ignore-missing-schemas -schema-location ");
    }

    @Test
    void theRealKubeconformAgreesWhenInstalled() throws IOException {
        var binary = KubeconformRunner.onPath();
        Assumptions.assumeTrue(binary.isPresent(), "kubeconform is not on the PATH");
        Inputs inputs = InputReader.parse(List.of(new Source("invalid.yaml",
                Fixture.resource("/kubeconform/invalid.yaml"))), List.of());
        var outcome = KubeconformLayer.run(binary.get(), inputs.sources(), inputs.resources(), KubernetesSchema.bundled());
        assertThat(outcome.findings()).hasSize(6);
    }
}
