package dev.wwegen.chart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same proof with the Helm 4 command line: {@code helm lint --strict -f} and {@code helm template -f}
 * for every profile; the rendered objects equal the manifests. Skipped, with the reason, without Helm 4.
 */
class ChartEqualsManifestsHelm4Test {

    @TempDir
    static Path dir;
    static GeneratedOutput output;

    @BeforeAll
    static void generate() throws Exception {
        Helm4.require();
        output = GeneratedOutput.shipped(dir);
    }

    @Test
    void theBinaryIsHelm4() throws Exception {
        assertThat(Helm4.run("version", "--short").out()).startsWith("v4.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod", "openshift", "staging-gateway"})
    void helmTemplateWithTheProfileValuesRendersExactlyTheManifests(String profile) throws Exception {
        var run = Helm4.run("template", "wwe", output.chart().toString(), "-f", output.values(profile).toString(),
                "--namespace", output.namespaces().get(profile));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(RenderedObjects.parse(run.out())).isEqualTo(RenderedObjects.folder(output.manifests(profile)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod", "openshift", "staging-gateway"})
    void strictLintPassesWithTheProfileValues(String profile) throws Exception {
        var run = Helm4.run("lint", "--strict", output.chart().toString(), "-f", output.values(profile).toString(),
                "--namespace", output.namespaces().get(profile));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 chart(s) linted, 0 chart(s) failed").doesNotContain("[WARNING]", "[ERROR]");
    }
}
