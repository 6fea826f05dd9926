package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A node found by a field path with {@code []} for every list item, and its JSON pointer.
 *
 * @param node    the value
 * @param pointer where it is, e.g. {@code /spec/rules/0/backendRefs/1}
 */
record Located(JsonNode node, String pointer) {

    /** Every node at {@code path} ("" is the root); absent fields yield nothing. */
    static List<Located> find(JsonNode root, String path) {
        List<Located> current = new ArrayList<>(List.of(new Located(root, "")));
        if (path.isEmpty()) {
            return current;
        }
        for (String segment : path.split("\\.")) {
            boolean list = segment.endsWith("[]");
            String name = list ? segment.substring(0, segment.length() - 2) : segment;
            List<Located> next = new ArrayList<>();
            for (Located at : current) {
                JsonNode child = at.node().get(name);
                if (child == null || child.isNull()) {
                    continue;
                }
                String pointer = at.pointer() + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!list) {
                    next.add(new Located(child, pointer));
                } else if (child.isArray()) {
                    for (int i = 0; i < child.size(); i++) {
                        next.add(new Located(child.get(i), pointer + "/" + i));
                    }
                }
            }
            current = next;
        }
        return current;
    }
}
