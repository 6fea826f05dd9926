package dev.wwegen.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds manifest bodies for tests and walks their string leaves. */
final class Manifests {

    /** A string value somewhere in a body, its path as the diff prints it, and a way to replace it. */
    record Leaf(FieldPath path, String value, java.util.function.Consumer<String> setter) {
        void set(String newValue) {
            setter.accept(newValue);
        }
    }

    private Manifests() {
    }

    static Map<String, Object> deployment(String name, List<String> containers, Map<String, String> labels, int replicas) {
        List<Object> items = new ArrayList<>();
        for (String container : containers) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", container);
            item.put("image", container + ":1");
            item.put("env", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("name", "MODE", "value", "x")))));
            items.add(item);
        }
        Map<String, Object> podSpec = new LinkedHashMap<>(Map.of("containers", items));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("replicas", replicas);
        spec.put("template", new LinkedHashMap<>(Map.of("spec", podSpec)));
        return body("apps/v1", "Deployment", name, labels, "spec", spec);
    }

    static Map<String, Object> configMap(String name, Map<String, String> data) {
        return body("v1", "ConfigMap", name, Map.of(), "data", new LinkedHashMap<>(data));
    }

    private static Map<String, Object> body(String apiVersion, String kind, String name, Map<String, String> labels,
                                            String field, Object content) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("namespace", "wwe");
        metadata.put("labels", new LinkedHashMap<>(labels));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiVersion", apiVersion);
        body.put("kind", kind);
        body.put("metadata", metadata);
        body.put(field, content);
        return body;
    }

    /** Every string leaf except identity (apiVersion, kind, name, namespace) and list keys. */
    static List<Leaf> leaves(Map<String, Object> body) {
        List<Leaf> leaves = new ArrayList<>();
        walk(FieldPath.ROOT, body, leaves);
        return leaves.stream().filter(l -> !l.path().toString().matches(
                "apiVersion|kind|metadata\\.(name|namespace)|.*\\.name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static void walk(FieldPath path, Object value, List<Leaf> leaves) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            for (String key : List.copyOf(m.keySet())) {
                Object child = m.get(key);
                if (child instanceof String text) {
                    leaves.add(new Leaf(path.key(key), text, v -> m.put(key, v)));
                } else {
                    walk(path.key(key), child, leaves);
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(path.item("name", String.valueOf(((Map<String, Object>) item).get("name"))), item, leaves);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void shuffleContainers(Map<String, Object> body, Random random) {
        Object containers = Documents.at(body, "spec", "template", "spec", "containers");
        if (containers instanceof List<?> list) {
            Collections.shuffle((List<Object>) list, random);
        }
    }

    static List<Map<String, Object>> deepCopy(List<Map<String, Object>> bodies) {
        List<Map<String, Object>> copies = new ArrayList<>();
        bodies.forEach(body -> copies.add(copy(body)));
        return copies;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }
}
