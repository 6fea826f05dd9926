package dev.wwegen.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which field identifies the items of a list, as Kubernetes' strategic merge does: containers, ports, env,
 * volumes and their mounts by {@code name}, Ingress rules by {@code host} and their paths by {@code path}.
 * A list is matched by key only when every item on both sides has a distinct value for it; otherwise by index.
 */
final class ListKeys {

    private static final Map<String, String> KEY_BY_FIELD = Map.ofEntries(
            Map.entry("containers", "name"),
            Map.entry("initContainers", "name"),
            Map.entry("ephemeralContainers", "name"),
            Map.entry("ports", "name"),
            Map.entry("env", "name"),
            Map.entry("volumes", "name"),
            Map.entry("volumeMounts", "name"),
            Map.entry("imagePullSecrets", "name"),
            Map.entry("rules", "host"),
            Map.entry("paths", "path"));

    private ListKeys() {
    }

    /** The key field for a list found at {@code path}, when both sides can be matched by it. */
    static Optional<String> keyFor(FieldPath path, List<Object> before, List<Object> after) {
        if (!(path.last() instanceof PathSegment.Key field)) {
            return Optional.empty();
        }
        String key = KEY_BY_FIELD.get(field.name());
        return key != null && keyed(before, key) && keyed(after, key) ? Optional.of(key) : Optional.empty();
    }

    /** The item's key value as text. */
    static String valueOf(Object item, String key) {
        return String.valueOf(Documents.map(item).get(key));
    }

    private static boolean keyed(List<Object> items, String key) {
        Set<String> seen = new HashSet<>();
        for (Object item : items) {
            Object value = Documents.map(item).get(key);
            if (value == null || value instanceof Map || value instanceof List || !seen.add(String.valueOf(value))) {
                return false;
            }
        }
        return true;
    }
}
