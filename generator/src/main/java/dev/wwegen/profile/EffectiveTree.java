package dev.wwegen.profile;

import dev.wwegen.profile.FieldType.ListOf;
import dev.wwegen.profile.FieldType.MapOf;
import dev.wwegen.profile.FieldType.Struct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a merged {@link Sourced} tree into what {@code profiles show} prints and the binder reads:
 * plain unmodifiable maps, lists and scalars, fixed keys in schema order and free keys sorted; and
 * into the {@link Locations} of every value.
 */
final class EffectiveTree {

    private EffectiveTree() {
    }

    static Map<String, Object> of(Sourced.Fields root) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) plain(root, ProfileSchema.ROOT);
        return tree;
    }

    static Map<String, String> locations(Sourced.Fields root) {
        Map<String, String> out = new TreeMap<>();
        collect(root, "", out);
        return out;
    }

    private static Object plain(Sourced value, FieldType type) {
        if (value instanceof Sourced.Leaf leaf) {
            return leaf.value();
        }
        if (value instanceof Sourced.Items items) {
            FieldType item = ((ListOf) type).item();
            List<Object> out = new ArrayList<>();
            items.items().forEach(i -> out.add(plain(i, item)));
            return Collections.unmodifiableList(out);
        }
        Map<String, Sourced> entries = ((Sourced.Fields) value).entries();
        Map<String, Object> out;
        if (type instanceof Struct struct) {
            out = new LinkedHashMap<>();
            for (Map.Entry<String, FieldType.Field> field : struct.fields().entrySet()) {
                if (entries.containsKey(field.getKey())) {
                    out.put(field.getKey(), plain(entries.get(field.getKey()), field.getValue().type()));
                }
            }
        } else {
            FieldType valueType = ((MapOf) type).value();
            out = new TreeMap<>();
            entries.forEach((key, v) -> out.put(key, plain(v, valueType)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static void collect(Sourced value, String path, Map<String, String> out) {
        if (!path.isEmpty()) {
            out.put(path, value.where());
        }
        if (value instanceof Sourced.Items items) {
            for (int i = 0; i < items.items().size(); i++) {
                collect(items.items().get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof Sourced.Fields fields) {
            fields.entries().forEach((key, v) -> collect(v, NodeChecker.join(path, key), out));
        }
    }
}
