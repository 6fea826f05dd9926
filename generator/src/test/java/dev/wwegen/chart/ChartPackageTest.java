package dev.wwegen.chart;

import com.marcnuri.helm.Helm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code helm package} makes a .tgz that lints strictly and renders the same objects as the chart folder. */
class ChartPackageTest {

    @TempDir
    Path dir;

    @Test
    void thePackagedChartLintsAndRendersTheManifestsOfEveryProfile() throws Exception {
        GeneratedOutput output = GeneratedOutput.shipped(dir.resolve("out"));
        Path packages = Files.createDirectories(dir.resolve("packages"));
        new Helm(output.chart()).packageIt().withDestination(packages).call();
        Path tgz = packages.resolve("wwe-100.0.1+0113.tgz");
        assertThat(tgz).exists();
        var lint = new Helm(tgz).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        for (String profile : output.namespaces().keySet()) {
            String rendered = Helm3.template(tgz, output.namespaces().get(profile), output.values(profile));
            assertThat(RenderedObjects.parse(rendered)).as(profile)
                    .isEqualTo(RenderedObjects.folder(output.manifests(profile)));
        }
    }
}
