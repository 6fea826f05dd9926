package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML 1.2 forms SnakeYAML (a 1.1 reader) would write plain, so wwegen must catch them itself. */
class PlainScalarsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1E5", "1e+5", "1E-5", "0o17", "0o0", "0x1F", "+0x1F", "-1", "1.", "-.5", "1.5e3",
        "0.", "+1", ".", ".Inf", "-.inf", ".NAN", "True", "NULL", "~", ""})
    // "." only because the YAML 1.1 float regex, read literally, matches it; quoting it costs nothing
    void yaml12NumbersBooleansAndNullsAreAmbiguous(String text) {
        assertThat(PlainScalars.readsAsNonString(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0o", "0o8", "0x", "0xG", "1e", "e5", "1.2.3", "v1.0", "1e5x", "yes!", "nan", "inf",
        "Infinity", "NaN", "tRue", "nULL", "1:60:1x", "-", "+", "0b", "8080:80"})
    void lookalikesThatNoReaderTakesForNumbersStayPlain(String text) {
        assertThat(PlainScalars.readsAsNonString(text)).isFalse();
    }
}
