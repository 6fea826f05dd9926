package dev.wwegen.fleet;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** N+1 on real renders of two-region fleets: the rule reads the Deployment/HPA, PDB and zone spread. */
class SizingRuleTest {

    private static List<String> sizingErrors(String fleetText) {
        FleetLoader.Result loaded = FleetLoader.parse(fleetText, "fleet.yaml");
        assertThat(loaded.hasErrors()).as(loaded.findings().toString()).isFalse();
        var generator = new Generator(WweReference.architecture(), new ProfileLoader(ProfileSource.bundled()));
        List<CellGeneration> cells = new FleetGenerator(generator).generate(loaded.fleet().orElseThrow());
        cells.forEach(c -> assertThat(c.generation().inputOk()).as(c.generation().inputFindings().toString()).isTrue());
        return cells.stream().flatMap(c -> c.generation().outputFindings().stream()).filter(Finding::isError)
                .map(f -> f.path() + ": " + f.reason() + " | " + f.hint()).toList();
    }

    private static String fleet(String euCapacity, String euOverrides) {
        return FleetLoaderTest.HEAD + FleetLoaderTest.EU.replace("capacity: 2", "capacity: " + euCapacity)
                + "        overrides: " + euOverrides + "\n" + FleetLoaderTest.US
                + "    overrides:\n      backends: {gauth: {url: https://g.example.com}, gws: {url: https://g.example.com},"
                + " webrtc: {url: https://w.example.com}, telemetry: {url: https://t.example.com},"
                + " digital-channels: {url: https://d.example.com}}\n";
    }

    @Test
    void nPlusOneHolds() {
        assertThat(sizingErrors(fleet("2", "{}"))).isEmpty();
    }

    @Test
    void tooFewPodsForNPlusOne() {
        assertThat(sizingErrors(fleet("3", "{}"))).anySatisfy(e -> assertThat(e)
                .startsWith("environments.prod.regions.eu.capacity: prod-eu runs 3 pod(s) but needs N = 3")
                .contains("at least 4"));
    }

    @Test
    void losingAZoneMustLeaveN() {
        // 4 pods over 3 zones: one zone can hold 2, so losing it leaves 2 < 3
        assertThat(sizingErrors(fleet("3", "{autoscaling: {minReplicas: 4}}"))).anySatisfy(e -> assertThat(e)
                .contains("regions.eu.zones").contains("losing it leaves 2 < N = 3").contains("at least 5"));
        assertThat(sizingErrors(fleet("3", "{autoscaling: {minReplicas: 5}}"))).isEmpty();
    }

    @Test
    void theDisruptionBudgetMustNotGoBelowN() {
        assertThat(sizingErrors(fleet("2", "{podDisruptionBudget: {maxUnavailable: 2}}"))).anySatisfy(e -> assertThat(e)
                .contains("PodDisruptionBudget lets 2 of 3 pods go").contains("maxUnavailable to 1"));
    }

    @Test
    void podsForZones() {
        assertThat(SizingRule.podsForZones(2, 3)).isEqualTo(3);
        assertThat(SizingRule.podsForZones(3, 3)).isEqualTo(5);
        assertThat(SizingRule.podsForZones(1, 2)).isEqualTo(2);
        assertThat(SizingRule.podsForZones(4, 1)).isEqualTo(5);
    }
}
