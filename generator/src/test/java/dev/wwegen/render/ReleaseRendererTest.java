package dev.wwegen.render;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What each shipped profile renders, checked on the trees the manifests are written from. */
class ReleaseRendererTest {

    private static final Generator GENERATOR = new Generator(WweReference.architecture(),
            new ProfileLoader(ProfileSource.bundled()));

    private static Map<String, Object> object(String profile, String kind) {
        Generation g = GENERATOR.generate(profile);
        return g.objects().stream().filter(o -> o.kind().equals(kind)).findFirst().orElseThrow().tree();
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> tree, String... path) {
        Object node = tree;
        for (String step : path) {
            node = step.matches("\\d+") ? ((List<Object>) node).get(Integer.parseInt(step))
                    : ((Map<String, Object>) node).get(step);
        }
        return (T) node;
    }

    @Test
    void autoscaledDeploymentHasNoReplicasAndTheHpaTargetsIt() {
        assertThat((Object) at(object("prod", "Deployment"), "spec", "replicas")).isNull();
        var hpa = object("prod", "HorizontalPodAutoscaler");
        assertThat((Object) at(hpa, "spec", "scaleTargetRef")).isEqualTo(
                Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", "wwe"));
        assertThat((Object) at(hpa, "spec", "minReplicas")).isEqualTo(3);
        assertThat((Object) at(object("staging", "Deployment"), "spec", "replicas")).isEqualTo(2);
    }

    @Test
    void aSingleReplicaGetsNoDisruptionBudgetAndSeveralGetOne() {
        assertThat(GENERATOR.generate("dev").objects()).extracting(RenderedObject::kind)
                .doesNotContain("PodDisruptionBudget", "HorizontalPodAutoscaler");
        var pdb = object("staging", "PodDisruptionBudget");
        assertThat((Object) at(pdb, "spec", "maxUnavailable")).isEqualTo(1);
        assertThat((Object) at(pdb, "spec", "unhealthyPodEvictionPolicy")).isEqualTo("AlwaysAllow");
    }

    @Test
    void openshiftLeavesUserAndGroupToThePlatformButStaysNonRoot() {
        Map<String, Object> security = at(object("openshift", "Deployment"), "spec", "template", "spec",
                "securityContext");
        assertThat(security).isEqualTo(Map.of("runAsNonRoot", true, "seccompProfile", Map.of("type", "RuntimeDefault")));
        Map<String, Object> prod = at(object("prod", "Deployment"), "spec", "template", "spec", "securityContext");
        assertThat(prod).containsEntry("runAsUser", 10001L).containsEntry("runAsGroup", 10001L)
                .containsEntry("fsGroup", 10001L);
    }

    @Test
    void containerIsHardened() {
        Map<String, Object> container = at(object("dev", "Deployment"), "spec", "template", "spec", "containers", "0");
        assertThat((Map<String, Object>) at(container, "securityContext")).isEqualTo(Map.of(
                "allowPrivilegeEscalation", false, "privileged", false, "readOnlyRootFilesystem", true,
                "runAsNonRoot", true, "capabilities", Map.of("drop", List.of("ALL"))));
        assertThat((Object) at(container, "readinessProbe", "httpGet", "port")).isEqualTo("http");
        assertThat((Map<String, Object>) at(container, "resources", "limits")).containsOnlyKeys("cpu", "memory",
                "ephemeral-storage");
    }

    @Test
    void networkPolicyAdmitsOnlyTheIngressControllerOnTheContainerPortAndDnsOut() {
        var spec = (Map<String, Object>) at(object("staging", "NetworkPolicy"), "spec");
        assertThat((Object) at(spec, "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
        assertThat((Object) at(spec, "ingress")).isEqualTo(List.of(Map.of(
                "from", List.of(Map.of(
                        "namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx")),
                        "podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "ingress-nginx")))),
                "ports", List.of(Map.of("port", 8080, "protocol", "TCP")))));
        assertThat((Object) at(spec, "egress", "0", "ports")).isEqualTo(List.of(
                Map.of("port", 53, "protocol", "UDP"), Map.of("port", 53, "protocol", "TCP")));
    }

    @Test
    void ingressTerminatesTlsForTheProfileHostAndRoutesToTheServicePort() {
        var spec = (Map<String, Object>) at(object("staging", "Ingress"), "spec");
        assertThat((Object) at(spec, "tls")).isEqualTo(List.of(Map.of("hosts", List.of("wwe.staging.example.com"),
                "secretName", "wwe-staging-tls")));
        assertThat((Object) at(spec, "rules", "0", "http", "paths", "0", "backend")).isEqualTo(
                Map.of("service", Map.of("name", "wwe", "port", Map.of("number", 80))));
    }

    @Test
    void browserConfigCarriesEveryBackEndUrlUnderItsConfigKey() {
        assertThat((Map<String, Object>) at(object("dev", "ConfigMap"), "data")).containsOnlyKeys(
                "gauthUrl", "gwsUrl", "webrtcUrl", "telemetryUrl", "digitalChannelsUrl")
                .containsEntry("gwsUrl", "https://gws.dev.example.com");
    }
}
