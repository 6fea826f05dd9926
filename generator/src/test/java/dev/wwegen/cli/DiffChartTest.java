package dev.wwegen.cli;

import com.marcnuri.helm.Helm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.wwegen.cli.DiffCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code wwegen diff} with Helm charts as sides, on the committed chart and values of the shipped profiles:
 * rendered in process with the values files, namespace and release name, hooks left out.
 */
class DiffChartTest {

    static final Path OUTPUT = Path.of(System.getProperty("wwegen.root", ".."), "output");
    static final String CHART = OUTPUT.resolve("chart/wwe").toString();

    @TempDir
    Path dir;

    static String values(String profile) {
        return OUTPUT.resolve("values").resolve(profile + ".yaml").toString();
    }

    static final String STAGING_TO_PROD = "\narchitecture:\n"
            + "  replicas 2 → unset\n"
            + "  autoscaler added\n"
            + "  image pureengage-docker-staging.jfrog.io/workspace/wwe-nginx:100.0.001.0113 →"
            + " pureengage-docker-staging.jfrog.io/workspace/wwe-nginx:100.0.001.0113@sha256:"
            + "3f1c9a7e5b2d4c6f8a0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a\n"
            + "  back end digital-channels: URL changed\n"
            + "  back end gauth: URL changed\n"
            + "  back end gws: URL changed\n"
            + "  back end telemetry: URL changed\n"
            + "  back end webrtc: URL changed\n"
            + "\n3 changed, 5 added, 1 removed, 3 unchanged\n";

    @Test
    void theChartWithStagingValuesAgainstProdValuesShowsTheProfileChange() {
        var result = run("diff", CHART, CHART, "--old-values", values("staging"), "--new-values", values("prod"),
                "--namespace", "wwe");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("~ ConfigMap wwe/wwe-config\n"
                        + "-   data.digitalChannelsUrl: https://digital.staging.example.com\n")
                .contains("~ Deployment.apps wwe/wwe\n-   spec.replicas: 2\n")
                .contains("+ HorizontalPodAutoscaler.autoscaling wwe/wwe\n")
                .contains("- Ingress.networking.k8s.io wwe/wwe\n", "+ HTTPRoute.gateway.networking.k8s.io wwe/wwe\n",
                        "+ Gateway.gateway.networking.k8s.io gateway-system/wwe\n")
                .endsWith(STAGING_TO_PROD);
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void sharedValuesComeBeforeOneSidesValues() throws IOException {
        Path chart = chart("demo");
        var result = run("diff", chart.toString(), chart.toString(), "-f", write("both.yaml", "a: both\n").toString(),
                "--new-values", write("new.yaml", "a: new\n").toString());
        assertThat(result).isEqualTo(new CliRun(1, "~ ConfigMap default/demo\n-   data.a: both\n"
                + "+   data.a: new\n\n1 changed, 0 added, 0 removed, 0 unchanged\n", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod", "openshift", "staging-gateway"})
    void theChartRendersExactlyTheManifestsOfTheSameProfile(String profile) {
        var result = run("diff", CHART, OUTPUT.resolve("manifests").resolve(profile).toString(), "-f", values(profile),
                "--namespace", "wwe");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).matches("0 changed, 0 added, 0 removed, [0-9]+ unchanged\n");
        assertThat(result.exit()).isZero();
    }

    @Test
    void aPackagedChartIsComparedLikeItsFolder() throws IOException {
        new Helm(Path.of(CHART)).packageIt().withDestination(dir).call();
        Path tgz;
        try (Stream<Path> files = Files.list(dir)) {
            tgz = files.filter(f -> f.toString().endsWith(".tgz")).findFirst().orElseThrow();
        }
        var result = run("diff", tgz.toString(), CHART, "-f", values("prod"), "--namespace", "wwe");
        assertThat(result.out()).matches("0 changed, 0 added, 0 removed, [0-9]+ unchanged\n");
        assertThat(result.exit()).isZero();
    }

    @Test
    void theReleaseNameDefaultsToTheChartsNameAndCanBeGiven() throws IOException {
        Path chart = chart("{{ .Release.Name }}-config");
        assertThat(run("diff", chart.toString(), chart.toString(), "--release-name", "blue", "--kind", "ConfigMap")
                .exit()).isZero();
        var result = run("diff", chart.toString(), chart.toString(), "--new-values", write("v.yaml", "a: c\n").toString());
        assertThat(result).isEqualTo(new CliRun(1, "~ ConfigMap default/demo-config\n-   data.a: b\n"
                + "+   data.a: c\n\n1 changed, 0 added, 0 removed, 0 unchanged\n", ""));
    }

    @Test
    void aChartThatDoesNotRenderIsBadInput() throws IOException {
        Path chart = chart("{{ fail \"no name\" }}");
        var result = run("diff", chart.toString(), chart.toString());
        assertThat(result).isEqualTo(new CliRun(2, "", "error  " + chart + " helm template failed:"
                + " execution error at (demo/templates/cm.yaml:4:11): no name\n"
                + "       hint: run helm lint on the chart, and check the values files\n1 error, 0 warnings\n"));
    }

    private Path chart(String name) throws IOException {
        write("demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\n");
        write("demo/values.yaml", "a: b\n");
        write("demo/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n"
                + "  namespace: {{ .Release.Namespace }}\ndata:\n  a: {{ .Values.a }}\n");
        write("demo/templates/test.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: t\n"
                + "  annotations: {helm.sh/hook: test}\nspec: {containers: [{name: t, image: busybox}]}\n");
        return dir.resolve("demo");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
