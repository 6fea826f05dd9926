package dev.wwegen.manifest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** diff and validate both write {@code --kubernetes-version 1.34}; Helm wants {@code v1.34.0}. */
class ChartRendererVersionTest {

    @ParameterizedTest
    @CsvSource({"1.34, v1.34.0", "v1.34, v1.34.0", "1.34.2, v1.34.2", "v1.30.0, v1.30.0"})
    void versionsTakeHelmsForm(String given, String helm) {
        assertThat(ChartRenderer.helmVersion(given)).isEqualTo(helm);
    }
}
