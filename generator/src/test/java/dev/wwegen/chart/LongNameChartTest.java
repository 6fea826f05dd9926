package dev.wwegen.chart;

import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import dev.wwegen.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A 56-character app name (the longest the model allows): names and the chart label are cut alike in both outputs. */
class LongNameChartTest {

    @TempDir
    Path dir;

    @Test
    void theLongestAppNameStillRendersAChartEqualToTheManifests() throws Exception {
        var output = GeneratedOutput.of(TestModels.named("w".repeat(56), "1.0"),
                new ProfileLoader(ProfileSource.bundled()), dir.resolve("out"));
        var rendered = RenderedObjects.parse(Helm3.template(output.chart(), "wwe", output.values("staging")));
        assertThat(rendered).isEqualTo(RenderedObjects.folder(output.manifests("staging"))).isNotEmpty();
    }
}
