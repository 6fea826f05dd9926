package dev.wwegen.diff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureSummaryTest {

    private static Map<String, Object> object(String apiVersion, String kind, Map<String, Object> content) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("apiVersion", apiVersion, "kind", kind,
                "metadata", Map.of("name", "wwe", "namespace", "wwe",
                        "labels", Map.of("app.kubernetes.io/managed-by", "wwegen"))));
        body.putAll(content);
        return body;
    }

    private static Map<String, Object> deployment(String image) {
        Map<String, Object> podSpec = Map.of("containers", List.of(Map.of("name", "wwe", "image", image)));
        return object("apps/v1", "Deployment", Map.of("spec", Map.of("template", Map.of("spec", podSpec))));
    }

    private static List<String> notes(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        return new ManifestDiffer().compare(set(before), set(after), DiffOptions.DEFAULTS).architecture();
    }

    private static ManifestSet set(List<Map<String, Object>> bodies) {
        return new ManifestSet(bodies.stream().map(b -> Manifest.of(b, "test")).toList());
    }

    @Test
    void autoscalerBoundsImageRepositoryServicePortAndNewBackEndsAreSaid() {
        var before = List.of(
                object("autoscaling/v2", "HorizontalPodAutoscaler", Map.of("spec", Map.of("minReplicas", 2, "maxReplicas", 5))),
                deployment("a.example.com:5000/wwe:1"),
                object("v1", "Service", Map.of("spec", Map.of("ports", List.of(Map.of("name", "http", "port", 80))))),
                object("v1", "ConfigMap", Map.of("data", Map.of("gwsUrl", "https://gws"))));
        var after = List.of(
                object("autoscaling/v2", "HorizontalPodAutoscaler", Map.of("spec", Map.of("minReplicas", 3, "maxReplicas", 5))),
                deployment("b.example.com/wwe:1"),
                object("v1", "Service", Map.of("spec", Map.of("ports", List.of(Map.of("name", "http", "port", 8080))))),
                object("v1", "ConfigMap", Map.of("data", Map.of("gwsUrl", "https://gws",
                        "digitalChannelsUrl", "https://nexus"))));

        assertThat(notes(before, after)).containsExactly(
                "autoscaling minimum 2 → 3",
                "image a.example.com:5000/wwe:1 → b.example.com/wwe:1",
                "service wwe: port 80 → 8080",
                "back end digital-channels: URL added");
    }

    private static Map<String, Object> policy(List<Map<String, Object>> egress) {
        return object("networking.k8s.io/v1", "NetworkPolicy", Map.of("spec", Map.of("egress", egress)));
    }

    private static Map<String, Object> egress(String namespace, int port) {
        return Map.of("to", List.of(Map.of("namespaceSelector", Map.of("matchLabels",
                Map.of("kubernetes.io/metadata.name", namespace)))), "ports", List.of(Map.of("port", port)));
    }

    @Test
    void podEgressChangesAreSaid() {
        var dns = egress("kube-system", 53);
        assertThat(notes(List.of(policy(List.of(dns, egress("licensing", 8443)))),
                List.of(policy(List.of(dns, egress("licences", 9443))))))
                .containsExactlyInAnyOrder("pod egress: namespace licensing → licences", "pod egress: port 8443 → 9443");
        assertThat(notes(List.of(policy(List.of(dns))), List.of(policy(List.of(dns, egress("licensing", 8443))))))
                .containsExactly("pod egress rule added");
    }

    @Test
    void nothingIsSaidUnlessWwegenGeneratedBothSides() {
        var before = object("apps/v1", "Deployment", Map.of("spec", Map.of("replicas", 3)));
        var after = object("apps/v1", "Deployment", Map.of("spec", Map.of("replicas", 4)));
        after.put("metadata", Map.of("name", "wwe", "namespace", "wwe"));
        assertThat(notes(List.of(before), List.of(after))).isEmpty();
    }
}
