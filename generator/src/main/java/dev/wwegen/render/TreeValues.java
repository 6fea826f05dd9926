package dev.wwegen.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the build-time converter ({@link TreeCode}) decides at run time: the entries of maps, values whose class
 * is known only then. Plain values are kept as Jackson's conversion keeps them; where Jackson's result could
 * depend on more than the value, the generated code gives up on the object ({@link Unknown}) and Jackson
 * converts it whole.
 */
final class TreeValues {

    private TreeValues() {
    }

    /**
     * A value of a property or entry whose declared type is not a class of its own (Object, an interface): a plain
     * scalar is kept as Jackson keeps it; for anything else the generated code does not know how Jackson writes
     * it in that place, and the whole object goes through Jackson ({@link Unknown}).
     */
    static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean) {
            return value;
        }
        throw Unknown.INSTANCE;
    }

    /** A value of a class the build-time converter left to Jackson (a custom serializer), as Jackson writes it. */
    static Object jackson(Object value) {
        return ObjectTrees.jackson(value);
    }

    /** A value of another class than its declared one (a subclass): the whole object goes through Jackson. */
    static Object unknown(Object value) {
        throw Unknown.INSTANCE;
    }

    /**
     * The entries of a map with string keys, in its order, values converted; without the null values when
     * {@code skipNulls}. A null key fails as it does in Jackson.
     */
    static Map<String, Object> map(Map<?, ?> map, boolean skipNulls, Function<Object, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() == null && skipNulls) {
                continue;
            }
            out.put(key(e.getKey()), e.getValue() == null ? null : values.apply(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** An any-getter's entries after the properties (a key that is also a property's replaces its value). */
    static void putAll(Map<String, Object> into, Map<?, ?> map, boolean skipNulls) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() == null && skipNulls) {
                continue;
            }
            into.put(key(e.getKey()), value(e.getValue()));
        }
    }

    /** A string key; any other (null) is Jackson's to write, or to refuse. */
    private static String key(Object key) {
        if (key instanceof String text) {
            return text;
        }
        throw Unknown.INSTANCE;
    }

    /** Thrown when an object holds a value the generated code does not copy: Jackson converts that object. */
    static final class Unknown extends RuntimeException {

        private static final Unknown INSTANCE = new Unknown();

        private Unknown() {
            super("a value for Jackson", null, false, false);
        }
    }
}
