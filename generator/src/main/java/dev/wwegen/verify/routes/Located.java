package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A node found by a field path with {@code []} for every list item, and where it is. The JSON pointer is
 * made only when asked for (a finding names it; most nodes pass).
 */
final class Located {

    private final JsonNode node;
    private final Located parent;
    /** The pointer's last token, escaped; null for the root. */
    private final String token;

    private Located(JsonNode node, Located parent, String token) {
        this.node = node;
        this.parent = parent;
        this.token = token;
    }

    /** The value. */
    JsonNode node() {
        return node;
    }

    /** Where it is, e.g. {@code /spec/rules/0/backendRefs/1}; "" for the root. */
    String pointer() {
        return parent == null ? "" : parent.pointer() + "/" + token;
    }

    /** Every node at {@code path} ("" is the root); absent fields yield nothing. */
    static List<Located> find(JsonNode root, String path) {
        List<Located> current = root(root);
        if (path.isEmpty()) {
            return current;
        }
        for (String segment : path.split("\\.")) {
            current = step(current, segment);
        }
        return current;
    }

    /** The root alone. */
    static List<Located> root(JsonNode root) {
        return new ArrayList<>(List.of(new Located(root, null, null)));
    }

    /** The nodes one path segment ({@code name} or {@code name[]}) below {@code current}; absent fields yield nothing. */
    static List<Located> step(List<Located> current, String segment) {
        boolean list = segment.endsWith("[]");
        String name = list ? segment.substring(0, segment.length() - 2) : segment;
        String token = name.replace("~", "~0").replace("/", "~1");
        List<Located> next = new ArrayList<>();
        for (Located at : current) {
            JsonNode child = at.node.get(name);
            if (child == null || child.isNull()) {
                continue;
            }
            if (!list) {
                next.add(new Located(child, at, token));
            } else if (child.isArray()) {
                Located field = new Located(child, at, token);
                for (int i = 0; i < child.size(); i++) {
                    next.add(new Located(child.get(i), field, Integer.toString(i)));
                }
            }
        }
        return next;
    }
}
