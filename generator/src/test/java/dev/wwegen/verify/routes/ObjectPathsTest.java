package dev.wwegen.verify.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Nodes found by path, each shorter path once: the same nodes and pointers as walking each path alone. */
class ObjectPathsTest {

    private static List<String> described(List<Located> found) {
        return found.stream().map(l -> l.pointer() + "=" + l.node()).toList();
    }

    @Test
    void findsWhatLocatedFindsForEveryPath() throws Exception {
        JsonNode root = new ObjectMapper().readTree("""
                {"spec": {"rules": [{"backendRefs": [{"port": 80}, {"port": 81, "a/b~c": 1}]}, {"matches": null},
                  {"backendRefs": []}, {"backendRefs": [{"port": null}]}], "hostnames": ["a", "b"], "": {"x": 2}}}
                """);
        ObjectPaths paths = new ObjectPaths(root);
        for (String path : List.of("spec.rules[].backendRefs[].port", "spec.rules[].backendRefs[]", "spec.rules[]",
                "spec.rules", "spec.hostnames[]", "spec.rules[].backendRefs[].a/b~c", "spec.rules[].matches[]",
                "spec.missing.deeper", "spec..x", "", "spec", ".spec", "spec.")) {
            assertThat(described(paths.find(path))).as(path).isEqualTo(described(Located.find(root, path)));
        }
        assertThat(described(paths.find("spec.rules[].backendRefs[].port")))
                .containsExactly("/spec/rules/0/backendRefs/0/port=80", "/spec/rules/0/backendRefs/1/port=81");
        assertThat(described(paths.find("spec.rules[].backendRefs[].a/b~c")))
                .containsExactly("/spec/rules/0/backendRefs/1/a~1b~0c=1");
    }
}
