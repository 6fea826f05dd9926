package dev.wwegen.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a value is shown in text and markdown: a plain string bare ({@code nginx:1.27}), a string that could
 * be mistaken for a number, a boolean or null, or that holds spaces at its ends or line breaks, in JSON quotes
 * ({@code "8080"}); maps and lists as one line of JSON.
 */
final class ValueText {

    /** What a hidden Secret value prints as. */
    static final String HIDDEN = "(secret value hidden)";

    private static final JsonMapper JSON = new JsonMapper();
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+)|true|false|yes|no|on|off|null|~",
            Pattern.CASE_INSENSITIVE);

    private ValueText() {
    }

    static String of(Object value) {
        if (value instanceof String text) {
            return needsQuotes(text) ? json(text) : text;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return json(value);
        }
        return String.valueOf(value);
    }

    private static boolean needsQuotes(String text) {
        return text.isEmpty() || !text.strip().equals(text) || text.indexOf('\n') >= 0 || text.indexOf('"') == 0
                || LOOKS_TYPED.matcher(text).matches();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
