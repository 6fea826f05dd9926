package dev.wwegen.chart;

import dev.wwegen.dsl.model.Image;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.resolve.ChartIdentity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChartIdentityTest {

    @ParameterizedTest
    @CsvSource({
            "100.0.001.0113, 100.0.1+0113, wwe-100.0.1_0113",
            "1.2.3, 1.2.3, wwe-1.2.3",
            "9.0.100.42-rc1, 0.0.0+9-0-100-42-rc1, wwe-0.0.0_9-0-100-42-rc1",
            "1.0, 0.0.0+1-0, wwe-0.0.0_1-0"})
    void theChartVersionIsSemVerMadeFromTheModelsImageTag(String tag, String version, String label) {
        var chart = ChartIdentity.of(WebApp.named("wwe").image(Image.of("workspace/wwe-nginx").tag(tag)));
        assertThat(chart.version()).isEqualTo(version);
        assertThat(chart.appVersion()).isEqualTo(tag);
        assertThat(chart.label()).isEqualTo(label);
    }

    @org.junit.jupiter.api.Test
    void aLongNameIsCutTo63AndEndsWithALetterOrDigit() {
        String name = "a".repeat(56);
        var chart = ChartIdentity.of(WebApp.named(name).image(Image.of("workspace/wwe-nginx").tag("1.0")));
        assertThat(chart.label()).isEqualTo(name + "-0.0.0");
    }
}
