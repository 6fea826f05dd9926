package dev.wwegen.chart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Object switches, helpers and the helm test pod, rendered by Helm 3 with --set over the prod values. */
class ChartSwitchesTest {

    @TempDir
    static Path dir;
    static GeneratedOutput output;

    @BeforeAll
    static void generate() throws Exception {
        output = GeneratedOutput.shipped(dir);
    }

    private static Map<String, Map<String, Object>> render(String profile, Object... sets) {
        var command = Helm3.template(output.chart()).withNamespace("wwe").withValuesFile(output.values(profile));
        for (int i = 0; i < sets.length; i += 2) {
            command.set((String) sets[i], sets[i + 1]);
        }
        return RenderedObjects.parse(command.call());
    }

    private static List<String> kinds(Map<String, Map<String, Object>> objects) {
        return objects.values().stream().map(o -> (String) o.get("kind")).sorted().toList();
    }

    @Test
    void ingressNetworkPolicyAndBudgetAreSwitchedOffByValues() {
        assertThat(kinds(render("staging", "ingress.enabled", false, "networkPolicy.enabled", false,
                "podDisruptionBudget.enabled", false)))
                .containsExactly("ConfigMap", "Deployment", "Service", "ServiceAccount");
    }

    @Test
    void theRouteKindValueChoosesTheRouteObject() {
        assertThat(kinds(render("staging", "route.kind", "openshift"))).contains("Route").doesNotContain("Ingress",
                "HTTPRoute");
        assertThat(kinds(render("staging", "route.kind", "gateway", "route.gateway.name", "shared")))
                .contains("HTTPRoute").doesNotContain("Ingress", "Route", "Gateway");
        assertThat(kinds(render("staging-gateway", "route.gateway.create", true, "route.gateway.className", "eg")))
                .contains("Gateway", "ReferenceGrant", "HTTPRoute");
    }

    @Test
    void aCreatedGatewayNeverHasTwoListenersOfOneName() {
        assertThat(kinds(render("prod", "route.gateway.httpSectionName", "web"))).contains("Gateway");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> render("prod", "route.gateway.httpSectionName", "https"))
                .hasMessageContaining("route.gateway.sectionName and route.gateway.httpSectionName both name listener"
                        + " \"https\"");
    }

    @Test
    void withAutoscalingTheDeploymentHasNoReplicas() {
        var prod = render("prod");
        assertThat(spec(prod, "Deployment/wwe/wwe")).doesNotContainKey("replicas");
        var staging = render("staging");
        assertThat(spec(staging, "Deployment/wwe/wwe")).containsEntry("replicas", 2);
        assertThat(staging).doesNotContainKey("HorizontalPodAutoscaler/wwe/wwe");
    }

    @Test
    void aBudgetExistsOnlyWhenAtLeastTwoPodsRun() {
        assertThat(render("dev")).doesNotContainKey("PodDisruptionBudget/wwe/wwe");
        assertThat(render("dev", "replicaCount", 2)).containsKey("PodDisruptionBudget/wwe/wwe");
        assertThat(render("prod", "autoscaling.minReplicas", 1)).doesNotContainKey("PodDisruptionBudget/wwe/wwe");
    }

    @Test
    void theFullNameIsCutTo63CharactersWithoutATrailingDash() {
        // release (53, Helm's longest) + "-" + name: the 63rd character is the '-' of "bbbbbbbb-cc".
        String release = "a".repeat(53);
        var objects = RenderedObjects.parse(new com.marcnuri.helm.Helm(output.chart()).template().withName(release)
                .withKubeVersion(Helm3.KUBE_VERSION).withNamespace("wwe").withValuesFile(output.values("dev"))
                .set("nameOverride", "bbbbbbbb-cc").call());
        assertThat(objects).containsKey("Service/wwe/" + release + "-bbbbbbbb");
    }

    @Test
    void anEmptyManagedByFollowsHelmsConvention() {
        var objects = render("dev", "managedBy", "");
        assertThat(labels(objects.get("Service/wwe/wwe"))).containsEntry("app.kubernetes.io/managed-by", "Helm");
    }

    @Test
    void podLabelsNeverOverrideTheSelectorLabels() {
        var objects = render("dev", "podLabels.team", "agents", "podLabels.app\\.kubernetes\\.io/name", "other");
        @SuppressWarnings("unchecked")
        var template = (Map<String, Object>) spec(objects, "Deployment/wwe/wwe").get("template");
        assertThat(labels(template)).containsEntry("team", "agents").containsEntry("app.kubernetes.io/name", "wwe");
    }

    /** helm-java's template leaves hooks out, so the Helm 4 command line shows them. */
    @Test
    void theTestPodIsAHardenedHookWithItsOwnNetworkPolicy() throws Exception {
        var run = Helm4.run("template", "wwe", output.chart().toString(), "-f", output.values("prod").toString(),
                "--namespace", "wwe");
        String text = run.out();
        var hooks = RenderedObjects.hooks(text);
        assertThat(hooks).containsOnlyKeys("Pod/wwe/wwe-test", "NetworkPolicy/wwe/wwe-test");
        String pod = text.substring(text.indexOf("kind: Pod"));
        assertThat(pod).contains("readOnlyRootFilesystem: true", "runAsNonRoot: true", "allowPrivilegeEscalation: false",
                "image: \"docker.io/library/busybox:1.37.0\"", "ephemeral-storage", "http://wwe:80/index.html");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Map<String, Map<String, Object>> objects, String key) {
        return (Map<String, Object>) objects.get(key).get("spec");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labels(Map<String, Object> object) {
        return (Map<String, Object>) ((Map<String, Object>) object.get("metadata")).get("labels");
    }
}
