package dev.wwegen.chart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of the chart: for every shipped profile, Helm 3 (helm-java) lints the chart strictly with the
 * profile's values and {@code helm template} renders objects equal, after parsing, to the profile's manifests.
 */
class ChartEqualsManifestsHelm3Test {

    @TempDir
    static Path dir;
    static GeneratedOutput output;

    @BeforeAll
    static void generate() throws IOException {
        output = GeneratedOutput.shipped(dir);
    }

    @Test
    void everyShippedProfileIsCovered() {
        assertThat(output.namespaces().keySet()).containsExactly("dev", "openshift", "prod", "staging", "staging-gateway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod", "openshift", "staging-gateway"})
    void helmTemplateWithTheProfileValuesRendersExactlyTheManifests(String profile) {
        String rendered = Helm3.template(output.chart(), output.namespaces().get(profile), output.values(profile));
        assertThat(RenderedObjects.parse(rendered))
                .isEqualTo(RenderedObjects.folder(output.manifests(profile)))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod", "openshift", "staging-gateway"})
    void strictLintPassesWithTheProfileValues(String profile) throws IOException {
        var lint = Helm3.lint(output.chart(), output.values(profile));
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).allMatch(m -> m.contains("[INFO]"));
    }

    @Test
    void strictLintPassesWithTheChartDefaults() {
        var lint = Helm3.lint(output.chart());
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }
}
