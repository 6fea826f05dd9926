package dev.wwegen.verify.routes;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one rule's program gave for the values it has seen, so that a value seen again is not evaluated again. A
 * rule is a pure function of {@code self}: offline there is no {@code oldSelf}, and the runtime's libraries (CEL's
 * standard ones and its strings extension) read no clock and keep no state. Fleets repeat most of their
 * routes' parts (the same matches, filters and backends in every environment and region), so most nodes a
 * rule runs on have been seen before.
 * <p>
 * Values are matched as CEL could tell them apart: maps with the same entries in another order are different
 * keys (a comprehension over a map sees its keys in order), as are an int and a double of the same number.
 * Once a rule keeps {@link #LIMIT} values (threads racing at the limit may each add one more), further values
 * are evaluated and not kept, so memory stays bounded whatever the input.
 */
final class CelOutcomes {

    /** The values kept per rule, give or take the threads racing at the limit. */
    static final int LIMIT = 4096;

    private final Map<Key, Object> outcomes = new ConcurrentHashMap<>();

    /**
     * What {@code evaluate} gives for {@code value}: from an earlier evaluation of an equal value, or
     * evaluated now. {@code evaluate} must be a pure function of the value and never return null.
     */
    Object of(Object value, Function<Object, Object> evaluate) {
        Key key = new Key(value);
        Object outcome = outcomes.get(key);
        if (outcome == null) {
            outcome = evaluate.apply(value);
            if (outcomes.size() < LIMIT) {
                outcomes.putIfAbsent(key, outcome);
            }
        }
        return outcome;
    }

    /** The number of values kept. */
    int size() {
        return outcomes.size();
    }

    /** A CEL value ({@link CelValues}) compared in order, its hash computed once. */
    private static final class Key {

        private final Object value;
        private final int hash;

        Key(Object value) {
            this.value = value;
            this.hash = hash(value);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && same(value, key.value);
        }

        private static int hash(Object value) {
            if (value instanceof Map<?, ?> map) {
                int h = 1;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    h = 31 * (31 * h + Objects.hashCode(entry.getKey())) + hash(entry.getValue());
                }
                return h;
            }
            if (value instanceof List<?> list) {
                int h = 7;
                for (Object item : list) {
                    h = 31 * h + hash(item);
                }
                return h;
            }
            return value == null ? 0 : value.getClass().hashCode() * 31 + value.hashCode();
        }

        private static boolean same(Object a, Object b) {
            if (a == b) {
                return true;
            }
            if (a == null || b == null) {
                return false;
            }
            if (a instanceof Map<?, ?> left) {
                return b instanceof Map<?, ?> right && left.size() == right.size()
                        && sameInOrder(left.entrySet().iterator(), right.entrySet().iterator());
            }
            if (a instanceof List<?> left) {
                return b instanceof List<?> right && left.size() == right.size()
                        && sameInOrder(left.iterator(), right.iterator());
            }
            if (a instanceof Map.Entry<?, ?> left) {
                return b instanceof Map.Entry<?, ?> right && Objects.equals(left.getKey(), right.getKey())
                        && same(left.getValue(), right.getValue());
            }
            return a.getClass() == b.getClass() && a.equals(b);
        }

        private static boolean sameInOrder(Iterator<?> left, Iterator<?> right) {
            while (left.hasNext()) {
                if (!right.hasNext() || !same(left.next(), right.next())) {
                    return false;
                }
            }
            return !right.hasNext();
        }
    }
}
