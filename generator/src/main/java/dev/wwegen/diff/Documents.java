package dev.wwegen.diff;

import java.util.List;
import java.util.Map;

/** Safe views of the plain values a YAML document holds: a missing or mistyped value reads as empty. */
final class Documents {

    private Documents() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** Follows map keys from {@code root}; null when any step is missing. */
    static Object at(Map<String, Object> root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
