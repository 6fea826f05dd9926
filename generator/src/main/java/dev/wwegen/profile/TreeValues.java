package dev.wwegen.profile;

import java.util.Map;

/** Reads a value of an effective tree by dotted path; {@code null} when it is absent or unset. */
record TreeValues(Map<String, Object> tree) {

    Object get(String path) {
        Object node = tree;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    String text(String path) {
        return (String) get(path);
    }

    int integer(String path) {
        return Math.toIntExact((Long) get(path));
    }

    @SuppressWarnings("unchecked")
    <V> Map<String, V> map(String path) {
        Object value = get(path);
        return value == null ? Map.of() : (Map<String, V>) value;
    }
}
