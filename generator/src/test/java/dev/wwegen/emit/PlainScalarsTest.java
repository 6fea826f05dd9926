package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    @Test
    void noStringThatStartsOutsideTheFirstCharactersMatchesAnyPattern() {
        // each suffix completes some reading for some first character: a number, a bool, a null, a timestamp
        String[] suffixes = {"", "1", "0", "_0", ".5", "e5", "es", "ES", "rue", "RUE", "ull", "ULL", "n", "ff", "o",
            "inf", "nan", "0:30", "000-01-01", "<", "x1F", "o17", "b101"};
        for (char first : outside(PlainScalars.FIRST_CHARACTERS)) {
            for (String suffix : suffixes) {
                String text = first + suffix;
                assertThat(PlainScalars.matchesNonString(text)).as("%s", text).isFalse();
            }
        }
    }

    @Test
    void eachFirstCharacterStartsSomeStringThatAReaderTakesForAnotherType() {
        // the list is not wider than it needs to be: each character in it is the start of a non-string
        String[] examples = {"y", "Y", "n", "N", "true", "True", "false", "False", "on", "On", "~", "+1", "-1", "0",
            "1", "2", "3", "4", "5", "6", "7", "8", "9", ".5", "<<", "=", "!", "&", "*", " "};
        for (String example : examples) {
            assertThat(PlainScalars.FIRST_CHARACTERS.indexOf(example.charAt(0))).as(example).isNotNegative();
            assertThat(PlainScalars.readsAsNonString(example)).as(example).isTrue();
        }
        assertThat(examples).hasSize(PlainScalars.FIRST_CHARACTERS.length());
    }

    @Test
    void noStringWithACharacterOutsideTheCharactersMatchesAnyPattern() {
        // strings that match, one family each; each character in turn is replaced by every character outside the list
        String[] matching = {"yes", "No", "TRUE", "off", "~", "Null", "0b1_0", "0o17", "017", "-12_3", "0x1F_aB", "1:30:00",
            "1.5e+3", ".5", "1:30.5", "-.Inf", ".NaN", "2026-12-02", "2026-12-2T10:30:00.5Z", "2026-1-2 \t10:30:00 +1:00",
            "<<", "=", "!", "&", "*", " ", "1E5", "+1.", "0o0", "1e-5"};
        char[] outside = outside(PlainScalars.CHARACTERS);
        for (String text : matching) {
            assertThat(PlainScalars.matchesNonString(text)).as(text).isTrue();
            for (int i = 0; i < text.length(); i++) {
                for (char c : outside) {
                    String changed = text.substring(0, i) + c + text.substring(i + 1);
                    assertThat(PlainScalars.matchesNonString(changed)).as("%s", changed).isFalse();
                }
            }
        }
    }

    /** Latin-1 and Latin Extended, and the digits, spaces and line breaks of other scripts, less {@code listed}. */
    private static char[] outside(String listed) {
        StringBuilder chars = new StringBuilder("\u0660\u0966\u2028\u2029\u3000\uFEFF");
        for (char c = 0; c < 0x250; c++) {
            chars.append(c);
        }
        for (char c = '\uFF10'; c <= '\uFF19'; c++) {
            chars.append(c);
        }
        return chars.toString().chars().filter(c -> listed.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
    }
}
