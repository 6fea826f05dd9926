package dev.wwegen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The profiles shipped in {@code profiles/}, read from the folder and from the bundled copy. */
class ShippedProfilesTest {

    private static final ProfileLoader FOLDER = new ProfileLoader(ProfileSource.directory(Path.of("../profiles")));
    private static final ProfileLoader BUNDLED = new ProfileLoader(ProfileSource.bundled());

    @Test
    void theFolderAndTheBundleHoldTheSameFiveProfiles() throws IOException {
        assertThat(FOLDER.names()).containsExactly("dev", "openshift", "prod", "staging", "staging-gateway");
        assertThat(BUNDLED.names()).isEqualTo(FOLDER.names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "openshift", "prod", "staging", "staging-gateway"})
    void everyShippedProfileLoadsWithoutFindings(String name) {
        assertThat(FOLDER.load(name).findings()).filteredOn(f -> !f.reason().startsWith("ingress-nginx is retired"))
                .isEmpty();
        ProfileResult bundled = BUNDLED.load(name);
        assertThat(bundled.findings()).filteredOn(f -> !f.reason().startsWith("ingress-nginx is retired")).isEmpty();
        assertThat(bundled.profile().orElseThrow().locations().of("ingress.host"))
                .startsWith("bundled:profiles/");
    }

    @Test
    void devRunsOneReplicaWithoutAutoscaling() {
        Profile dev = FOLDER.load("dev").profile().orElseThrow();
        assertThat(dev.replicas()).isEqualTo(1);
        assertThat(dev.autoscaling().enabled()).isFalse();
        assertThat(dev.image().pullPolicy()).isEqualTo("Always");
        assertThat(dev.ingress().host()).isEqualTo("wwe.dev.example.com");
        assertThat(dev.backends().get("gws").url()).isEqualTo(URI.create("https://gws.dev.example.com"));
        assertThat(dev.resources().limits().memory().text()).isEqualTo("128Mi");
    }

    @Test
    void prodAutoscalesAndPinsItsImage() {
        Profile prod = FOLDER.load("prod").profile().orElseThrow();
        assertThat(prod.autoscaling()).isEqualTo(new Autoscaling(true, 3, 10, 40, 80));
        assertThat(prod.image().tag()).contains("100.0.001.0113");
        assertThat(prod.image().digest())
                .contains("sha256:3f1c9a7e5b2d4c6f8a0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a");
        assertThat(prod.image().pullPolicy()).isEqualTo("IfNotPresent");
        assertThat(prod.ingress().annotations()).isEmpty();
        assertThat(prod.route().kind()).isEqualTo(dev.wwegen.dsl.model.RouteKind.GATEWAY);
        assertThat(prod.route().gateway()).isEqualTo(new RouteSettings.Gateway("wwe", "gateway-system", "https", "http",
                true, "eg"));
        assertThat(prod.route().controller().namespace()).isEqualTo("envoy-gateway-system");
        assertThat(prod.route().controller().podLabels()).containsEntry("gateway.envoyproxy.io/owning-gateway-name", "wwe");
        assertThat(prod.securityContext()).isEqualTo(
                new SecurityIds(OptionalLong.of(10001), OptionalLong.of(10001), OptionalLong.of(10001)));
    }

    @Test
    void onlyStagingStillUsesTheRetiredIngressNginxAndIsWarned() {
        assertThat(FOLDER.load("staging").findings()).extracting(dev.wwegen.dsl.check.Finding::format).containsExactly(
                "warning ../profiles/staging.yaml:17:13 route.controller.preset: ingress-nginx is retired: the Kubernetes"
                        + " project ended its maintenance in March 2026 (no releases, no security fixes)\n       hint:"
                        + " move to the Gateway API (route.kind: gateway) or another controller (route.controller.preset:"
                        + " traefik, haproxy, custom); docs/migration-gateway-api.md shows the change");
    }

    @Test
    void openshiftExtendsProdAndLeavesIdsToThePlatform() {
        Profile openshift = FOLDER.load("openshift").profile().orElseThrow();
        assertThat(openshift.securityContext())
                .isEqualTo(new SecurityIds(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty()));
        assertThat(openshift.route().kind()).isEqualTo(dev.wwegen.dsl.model.RouteKind.OPENSHIFT);
        assertThat(openshift.route().controller()).isEqualTo(new RouteSettings.Controller(ControllerPreset.OPENSHIFT_ROUTER,
                "openshift-ingress", java.util.Map.of("policy-group.network.openshift.io/ingress", ""), java.util.Map.of()));
        assertThat(openshift.route().termination()).isEqualTo("edge");
        assertThat(openshift.ingress().host()).isEqualTo("wwe.example.com");
        assertThat(openshift.autoscaling().maxReplicas()).isEqualTo(10);
        assertThat(openshift.description()).isEqualTo("Production on OpenShift");
    }

    @Test
    void locationsNameTheFileThatSetEachEffectiveValue() {
        Locations where = FOLDER.load("openshift").profile().orElseThrow().locations();
        assertThat(where.of("route.kind")).isEqualTo("../profiles/openshift.yaml:9:9");
        assertThat(where.of("route.gateway.name")).isEqualTo("../profiles/prod.yaml:30:11");
        assertThat(where.of("ingress.host")).isEqualTo("../profiles/prod.yaml:21:9");
        assertThat(where.of("backends.gws.url")).isEqualTo("../profiles/prod.yaml:36:14");
        assertThat(where.of("service.port")).startsWith(ProfileLoader.DEFAULTS_DISPLAY + ":");
        assertThat(where.of("nodeSelector.no-such-label")).startsWith(ProfileLoader.DEFAULTS_DISPLAY + ":");
        assertThat(where.find("image.tag")).contains("../profiles/prod.yaml:6:8");
    }

    @Test
    void theEffectiveTreeFollowsTheSchemaOrderAndDropsExtends() {
        Profile openshift = FOLDER.load("openshift").profile().orElseThrow();
        assertThat(List.copyOf(openshift.effectiveTree().keySet())).startsWith(
                "description", "environment", "namespace", "image", "imagePullSecrets", "replicas", "autoscaling");
        assertThat(openshift.effectiveTree()).doesNotContainKey("extends");
        assertThat(openshift.effectiveTree().get("securityContext")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("runAsUser", null);
    }
}
