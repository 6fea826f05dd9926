package dev.wwegen.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked profile value that remembers where it was written ({@code profiles/prod.yaml:12:5}), so the
 * merged tree can say which file set each effective value.
 */
public sealed interface Sourced permits Sourced.Leaf, Sourced.Items, Sourced.Fields {

    /** The file position of the value: {@code <display path>:<line>:<column>}, 1-based. */
    String where();

    /** A scalar: a {@code String}, {@code Long}, {@code Boolean}, or {@code null} for an explicit unset. */
    record Leaf(Object value, String where) implements Sourced {
    }

    /** A list; lists replace, never merge. */
    record Items(List<Sourced> items, String where) implements Sourced {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A mapping in file order; mappings merge key by key. */
    record Fields(Map<String, Sourced> entries, String where) implements Sourced {
        public Fields {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }
}
