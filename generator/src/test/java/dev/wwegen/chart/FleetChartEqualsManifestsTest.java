package dev.wwegen.chart;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed chart with a fleet cell's committed values renders exactly that cell's committed manifests
 * (failover URLs in the ConfigMap and the checksum included), with Helm 3; and lints strictly with them.
 */
class FleetChartEqualsManifestsTest {

    private static final Path OUTPUT = Path.of(System.getProperty("wwegen.root", ".."), "output");

    @Test
    void everyCellRendersItsManifests() throws Exception {
        List<Path> values;
        try (Stream<Path> files = Files.list(OUTPUT.resolve("fleet/values"))) {
            values = files.sorted().toList();
        }
        assertThat(values).hasSizeGreaterThanOrEqualTo(4);
        Path chart = OUTPUT.resolve("chart/wwe");
        for (Path file : values) {
            String cell = file.getFileName().toString().replace(".yaml", "");
            String rendered = Helm3.template(chart, "wwe", file);
            assertThat(RenderedObjects.parse(rendered)).as(cell)
                    .isEqualTo(RenderedObjects.folder(OUTPUT.resolve("fleet/manifests").resolve(cell)));
            var lint = Helm3.lint(chart, file);
            assertThat(lint.isFailed()).as(cell + String.join("\n", lint.getMessages())).isFalse();
        }
        assertThat(Files.readString(OUTPUT.resolve("fleet/manifests/prod-us-east/02-configmap-wwe-config.yaml")))
                .contains("failoverWweUrl: https://wwe.eu-west.example.com");
    }
}
