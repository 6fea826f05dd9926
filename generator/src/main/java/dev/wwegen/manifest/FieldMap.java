package dev.wwegen.manifest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a parsed mapping, in document order, for Jackson's {@code ObjectNode}: names and values side by side
 * in one array. A run keeps every object it validates, and a {@link java.util.LinkedHashMap} spends a table and an
 * entry object per field on that; the collector copies each of them (10,000 objects: 660,000 of 1.1 million live
 * objects were a map, its table or an entry).
 *
 * <p>A full, mutable {@link Map} (callers such as {@code deepCopy} and defaulting may change a tree): lookups scan
 * the names up to {@value #SCANNED} fields and use an index built on demand above that; iteration makes its entries
 * as it goes. Not thread-safe for writes, like the map it replaces.
 */
final class FieldMap extends AbstractMap<String, JsonNode> {

    /** Up to this many fields a lookup scans; larger maps keep an index. */
    static final int SCANNED = 12;

    /** name0, value0, name1, value1, ... */
    private Object[] slots;
    private int size;
    private int modifications;
    /** Name → position, for maps over {@link #SCANNED} fields; null until asked for, and after a removal. */
    private HashMap<String, Integer> index;

    /** An empty map with room for {@code capacity} fields. */
    FieldMap(int capacity) {
        slots = new Object[2 * Math.max(capacity, 1)];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public JsonNode get(Object key) {
        int at = find(key);
        return at < 0 ? null : value(at);
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
        Objects.requireNonNull(key, "key");
        int at = find(key);
        if (at >= 0) {
            JsonNode old = value(at);
            slots[2 * at + 1] = value;
            return old;
        }
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, 4 * size);
        }
        slots[2 * size] = key;
        slots[2 * size + 1] = value;
        if (index != null) {
            index.put(key, size);
        }
        size++;
        modifications++;
        return null;
    }

    @Override
    public JsonNode remove(Object key) {
        int at = find(key);
        if (at < 0) {
            return null;
        }
        JsonNode old = value(at);
        removeAt(at);
        return old;
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, 2 * size, null);
        size = 0;
        index = null;
        modifications++;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Fields();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private String name(int at) {
        return (String) slots[2 * at];
    }

    private JsonNode value(int at) {
        return (JsonNode) slots[2 * at + 1];
    }

    private int find(Object key) {
        if (size > SCANNED) {
            if (index == null) {
                index = new HashMap<>(2 * size);
                for (int i = 0; i < size; i++) {
                    index.put(name(i), i);
                }
            }
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (slots[2 * i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int at) {
        System.arraycopy(slots, 2 * at + 2, slots, 2 * at, 2 * (size - at - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
        index = null;
        modifications++;
    }

    /** Entries made as the iteration reaches them; {@code setValue} and {@code remove} write through. */
    private final class Fields implements Iterator<Entry<String, JsonNode>> {

        private int next;
        private int last = -1;
        private int expected = modifications;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Entry<String, JsonNode> next() {
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            int at = last;
            return new SimpleEntry<>(name(at), value(at)) {
                @Override
                public JsonNode setValue(JsonNode value) {
                    super.setValue(value);
                    JsonNode old = value(at);
                    slots[2 * at + 1] = value;
                    return old;
                }
            };
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != modifications) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modifications;
        }
    }
}
