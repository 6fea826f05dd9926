package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of one object at the field paths its constraints and rules name, each path walked once: many
 * constraints and rules of a kind share a path ({@code spec.rules[]}), and CEL rules there share the value CEL
 * sees, which is converted once per node. The object must not change while this is used.
 * The lists it returns are shared: read them only.
 */
final class ObjectPaths {

    private final JsonNode root;
    private final Map<String, List<Located>> nodes = new HashMap<>();
    private final Map<String, List<Object>> celValues = new HashMap<>();

    ObjectPaths(JsonNode root) {
        this.root = root;
    }

    /** Every node at {@code path}, as {@link Located#find}; the nodes of each shorter path are found once too. */
    List<Located> find(String path) {
        List<Located> found = nodes.get(path);
        if (found == null) {
            int dot = path.lastIndexOf('.');
            if (path.isEmpty()) {
                found = Located.root(root);
            } else if (path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                found = Located.find(root, path); // String.split's reading of empty segments
            } else {
                found = Located.step(dot < 0 ? find("") : find(path.substring(0, dot)), path.substring(dot + 1));
            }
            nodes.put(path, found);
        }
        return found;
    }

    /**
     * The values CEL sees for the nodes at {@code path}, in the order of {@link #find}; {@code schema} is the
     * schema at that path, the same for every caller of one path.
     */
    List<Object> celValues(String path, JsonNode schema) {
        List<Object> values = celValues.get(path);
        if (values == null) {
            List<Located> found = find(path);
            Object[] converted = new Object[found.size()];
            for (int i = 0; i < converted.length; i++) {
                converted[i] = CelValues.of(found.get(i).node(), schema);
            }
            values = Arrays.asList(converted);
            celValues.put(path, values);
        }
        return values;
    }
}
