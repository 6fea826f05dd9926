package dev.wwegen.chart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * values.schema.json is enforced by real Helm: each bad values file fails {@code helm template} (Helm 3,
 * helm-java) and {@code helm lint --strict} (Helm 4) with Helm's own message naming the value.
 */
class ValuesSchemaTest {

    @TempDir
    static Path dir;
    static GeneratedOutput output;

    @BeforeAll
    static void generate() throws Exception {
        output = GeneratedOutput.shipped(dir.resolve("out"));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("replicaCount: \"three\"\n", "at '/replicaCount': got string, want integer"),
                Arguments.of("replicaCont: 3\n", "additional properties 'replicaCont' not allowed"),
                Arguments.of("service:\n  port: 70000\n", "at '/service/port': maximum: got 70,000, want 65,535"),
                Arguments.of("containerPort: 0\n", "at '/containerPort': minimum: got 0, want 1"),
                Arguments.of("image:\n  tag: latest\n", "at '/image/tag': 'not' failed"),
                Arguments.of("image:\n  pullPolicy: Sometimes\n", "at '/image/pullPolicy': value must be one of"),
                Arguments.of("image:\n  digest: sha256:abc\n", "at '/image/digest': 'sha256:abc' does not match pattern"),
                Arguments.of("ingress:\n  hosts: [WWE.Example.com]\n",
                        "at '/ingress/hosts/0': 'WWE.Example.com' does not match pattern"),
                Arguments.of("ingress:\n  hosts: ['*.example.com']\n", "at '/ingress/hosts/0': '*.example.com' does not match"),
                Arguments.of("ingress:\n  annotations:\n    nginx.ingress.kubernetes.io/server-snippet: x\n",
                        "invalid propertyName 'nginx.ingress.kubernetes.io/server-snippet'"),
                Arguments.of("resources:\n  limits:\n    cpu: lots\n", "at '/resources/limits/cpu': 'lots' does not match pattern"),
                Arguments.of("autoscaling:\n  targetCPUUtilizationPercentage: 101\n",
                        "at '/autoscaling/targetCPUUtilizationPercentage': maximum: got 101, want 100"),
                Arguments.of("securityContext:\n  readOnlyRootFilesystem: false\n",
                        "at '/securityContext/readOnlyRootFilesystem': value must be true"),
                Arguments.of("podSecurityContext:\n  runAsUser: 0\n", "at '/podSecurityContext/runAsUser': minimum: got 0, want 1"),
                Arguments.of("context:\n  envs:\n    gwsUrl: http://gws.example.com\n",
                        "at '/context/envs/gwsUrl': 'http://gws.example.com' does not match pattern"),
                Arguments.of("service:\n  type: LoadBalancer\n", "at '/service/type': value must be 'ClusterIP'"),
                Arguments.of("route:\n  kind: istio\n", "at '/route/kind': value must be one of"),
                Arguments.of("route:\n  kind: gateway\n  gateway:\n    name: \"\"\n",
                        "at '/route/gateway/name': minLength: got 0, want 1"),
                Arguments.of("route:\n  gateway:\n    sectionName: HTTPS_443\n",
                        "at '/route/gateway/sectionName': 'HTTPS_443' does not match pattern"),
                Arguments.of("route:\n  openshift:\n    termination: passthrough\n",
                        "at '/route/openshift/termination': value must be one of"),
                Arguments.of("route:\n  gateway:\n    create: true\n    className: \"\"\n",
                        "at '/route/gateway/className': minLength: got 0, want 1"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void helm3RejectsTheBadValuesWithItsOwnMessage(String values, String message) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "bad", ".yaml"), values);
        assertThatThrownBy(() -> Helm3.template(output.chart(), "wwe", file))
                .hasMessageContaining("values don't meet the specifications of the schema(s)")
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void helm4LintRejectsTheBadValuesWithItsOwnMessage(String values, String message) throws Exception {
        Helm4.require();
        Path file = Files.writeString(Files.createTempFile(dir, "bad", ".yaml"), values);
        var run = Helm4.run("lint", "--strict", output.chart().toString(), "-f", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains(message);
    }
}
