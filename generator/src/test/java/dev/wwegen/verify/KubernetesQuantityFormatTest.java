package dev.wwegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesQuantityFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"100m", "128Mi", "1", "1.5", "1e3", "1E-2", "0", "+1", "-1", ".5", "5.", "2Gi", "1k", "3M", "1Ei"})
    void acceptsQuantities(String text) {
        assertThat(QuantityFormat.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"128MB", "abc", "", "1 Gi", "1mi", "1K", "Mi", "1.5.2", "1e", "1Gib", " 1"})
    void rejectsWhatKubernetesCannotParse(String text) {
        assertThat(QuantityFormat.isValid(text)).isFalse();
    }

    @Test
    void suggestsTheBinarySuffixForByteUnits() {
        assertThat(QuantityFormat.suggestionFor("128MB")).contains("128Mi");
        assertThat(QuantityFormat.suggestionFor("1gb")).contains("1Gi");
        assertThat(QuantityFormat.suggestionFor("512KB")).contains("512Ki");
        assertThat(QuantityFormat.suggestionFor("abc")).isEmpty();
    }
}
