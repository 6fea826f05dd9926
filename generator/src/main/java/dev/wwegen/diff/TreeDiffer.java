package dev.wwegen.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two documents field by field and lists every difference with its path: maps by key, keyed lists
 * by their items' key (see {@link ListKeys}), other lists by index. A null value counts as absent, as it
 * does for the API server. Ignored paths are skipped with everything under them.
 */
final class TreeDiffer {

    private final DiffOptions options;
    private final boolean secret;
    private final List<FieldChange> changes = new ArrayList<>();

    private TreeDiffer(DiffOptions options, boolean secret) {
        this.options = options;
        this.secret = secret;
    }

    /** The differences between two versions of one object; {@code secret} hides data and stringData values. */
    static List<FieldChange> compare(Map<String, Object> before, Map<String, Object> after, DiffOptions options,
                                     boolean secret) {
        TreeDiffer differ = new TreeDiffer(options, secret);
        differ.maps(FieldPath.ROOT, before, after);
        return List.copyOf(differ.changes);
    }

    private void value(FieldPath path, Object before, Object after) {
        if (options.ignores(path)) {
            return;
        }
        if (before instanceof Map<?, ?> && after instanceof Map<?, ?>) {
            maps(path, Documents.map(before), Documents.map(after));
        } else if (before instanceof List<?> && after instanceof List<?>) {
            lists(path, Documents.list(before), Documents.list(after));
        } else if (before == null && after != null) {
            record(path, FieldChange.Change.ADDED, null, after);
        } else if (before != null && after == null) {
            record(path, FieldChange.Change.REMOVED, before, null);
        } else if (!sameScalar(before, after)) {
            record(path, FieldChange.Change.CHANGED, before, after);
        }
    }

    private void maps(FieldPath path, Map<String, Object> before, Map<String, Object> after) {
        Set<Object> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (Object key : keys) {
            value(path.key(String.valueOf(key)), before.get(key), after.get(key));
        }
    }

    private void lists(FieldPath path, List<Object> before, List<Object> after) {
        var key = ListKeys.keyFor(path, before, after);
        if (key.isPresent()) {
            keyedLists(path, key.get(), before, after);
            return;
        }
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            value(path.index(i), i < before.size() ? before.get(i) : null, i < after.size() ? after.get(i) : null);
        }
    }

    private void keyedLists(FieldPath path, String key, List<Object> before, List<Object> after) {
        Map<String, Object> old = byKey(before, key);
        Map<String, Object> now = byKey(after, key);
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String value : keys) {
            value(path.item(key, value), old.get(value), now.get(value));
        }
        if (options.order()) {
            List<String> oldOrder = old.keySet().stream().filter(now::containsKey).toList();
            List<String> newOrder = now.keySet().stream().filter(old::containsKey).toList();
            if (!oldOrder.equals(newOrder)) {
                record(path, FieldChange.Change.REORDERED, oldOrder, newOrder);
            }
        }
    }

    private static Map<String, Object> byKey(List<Object> items, String key) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(ListKeys.valueOf(item, key), item));
        return byKey;
    }

    private void record(FieldPath path, FieldChange.Change change, Object before, Object after) {
        boolean hidden = secret && (path.head().equals("data") || path.head().equals("stringData"));
        changes.add(new FieldChange(path, change, before, after, hidden));
    }

    /** Equal scalars; whole numbers compare by value, so 3 and 3L are the same replicas. */
    static boolean sameScalar(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && isWhole(x) && isWhole(y)) {
            if (x instanceof java.math.BigInteger || y instanceof java.math.BigInteger) {
                return new java.math.BigInteger(x.toString()).equals(new java.math.BigInteger(y.toString()));
            }
            return x.longValue() == y.longValue();
        }
        return Objects.equals(a, b);
    }

    private static boolean isWhole(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof java.math.BigInteger;
    }
}
