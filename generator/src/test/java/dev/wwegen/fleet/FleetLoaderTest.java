package dev.wwegen.fleet;

import dev.wwegen.dsl.check.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FleetLoaderTest {

    static final String HEAD = """
            name: wwe
            delivery:
              git: {repoURL: https://git.example.com/wwe.git}
              chart: {repository: oci://registry.example.com/charts}
            environments:
              prod:
                profile: prod
                regions:
            """;

    static final String EU = """
                  eu:
                    cluster: {name: prod-eu}
                    zones: 3
                    capacity: 2
                    host: wwe.eu.example.com
                    backup: us
            """;

    static final String US = """
                  us:
                    cluster: {server: "https://api.us.example.com:6443"}
                    zones: 3
                    capacity: 2
                    host: wwe.us.example.com
                    backup: eu
            """;

    static FleetLoader.Result parse(String text) {
        return FleetLoader.parse(text, "fleet.yaml");
    }

    static List<String> errors(FleetLoader.Result result) {
        return result.findings().stream().filter(Finding::isError)
                .map(f -> f.where() + " " + f.path() + ": " + f.reason() + " | " + f.hint()).toList();
    }

    @Test
    void theShippedFleetLoadsFourCellsWithTheirPairs() {
        FleetLoader.Result result = FleetLoader.read(Path.of(System.getProperty("wwegen.root", ".."), "fleet.yaml"));
        assertThat(errors(result)).isEmpty();
        Fleet fleet = result.fleet().orElseThrow();
        assertThat(fleet.cells()).extracting(Cell::name)
                .containsExactly("prod-ap-southeast", "prod-eu-west", "prod-us-east", "staging-eu-west");
        assertThat(fleet.byName().get("prod-eu-west").backup()).contains("us-east");
        assertThat(fleet.byName().get("prod-us-east").cluster().server()).contains("https://api.prod-us-east.example.com:6443");
        assertThat(fleet.delivery().chartRegistry()).isEqualTo("oci://registry.example.com/charts");
    }

    @Test
    void aTwoRegionFleetLoads() {
        FleetLoader.Result result = parse(HEAD + EU + US);
        assertThat(errors(result)).isEmpty();
        assertThat(result.fleet().orElseThrow().cells()).hasSize(2);
    }

    @Test
    void unknownKeysAreReportedWithPositionAndDidYouMean() {
        FleetLoader.Result result = parse(HEAD + EU.replace("capacity: 2", "capacty: 2") + US);
        assertThat(errors(result)).anySatisfy(e -> assertThat(e)
                .startsWith("fleet.yaml:12:9 environments.prod.regions.eu.capacty: unknown key \"capacty\"")
                .contains("did you mean \"capacity\"?"));
    }

    @Test
    void overridesAreCheckedAgainstTheProfileSchema() {
        FleetLoader.Result result = parse(HEAD + EU + "        overrides: {replica: 3, image: {pullPolicy: Sometimes}}\n" + US);
        assertThat(errors(result)).anySatisfy(e -> assertThat(e).contains("overrides.replica: unknown key \"replica\"")
                .contains("did you mean \"replicas\"?"));
        assertThat(errors(result)).anySatisfy(e -> assertThat(e).contains("overrides.image.pullPolicy")
                .contains("\"Sometimes\" is not one of Always, IfNotPresent, Never"));
    }

    @Test
    void yaml11TrapsAndBadFormatsAreFindings() {
        FleetLoader.Result result = parse(HEAD.replace("oci://registry", "https://registry") + EU.replace("zones: 3", "zones: 03")
                + US.replace("host: wwe.us.example.com", "host: WWE.us.example.com"));
        assertThat(errors(result)).anySatisfy(e -> assertThat(e).contains("delivery.chart.repository")
                .contains("is not a oci:// URL"));
        assertThat(errors(result)).anySatisfy(e -> assertThat(e).contains("regions.eu.zones"));
        assertThat(errors(result)).anySatisfy(e -> assertThat(e).contains("regions.us.host"));
    }

    @Test
    void backupsMustBeAnotherRegionOfTheSameEnvironment() {
        assertThat(errors(parse(HEAD + EU.replace("backup: us", "backup: ap") + US))).anySatisfy(e -> assertThat(e)
                .startsWith("fleet.yaml:14:17 environments.prod.regions.eu.backup: environment prod has no region \"ap\"")
                .contains("use one of eu, us"));
        assertThat(errors(parse(HEAD + EU.replace("backup: us", "backup: eu") + US))).anySatisfy(e -> assertThat(e)
                .contains("region eu is its own backup"));
        assertThat(errors(parse(HEAD + EU.replace("        backup: us\n", "") + US))).anySatisfy(e -> assertThat(e)
                .contains("region eu has no backup region").contains("active-spare"));
    }

    @Test
    void exactlyOneOfClusterNameAndServer() {
        assertThat(errors(parse(HEAD + EU.replace("{name: prod-eu}", "{name: prod-eu, server: \"https://a.example.com\"}")
                + US))).anySatisfy(e -> assertThat(e).contains("both a cluster name and a server are set"));
        assertThat(errors(parse(HEAD + EU.replace("{name: prod-eu}", "{}") + US)))
                .anySatisfy(e -> assertThat(e).contains("neither a cluster name nor a server is set"));
    }

    @Test
    void hostsAreUsedOnceAndRequiredValuesAreNamed() {
        assertThat(errors(parse(HEAD + EU + US.replace("wwe.us.example.com", "wwe.eu.example.com"))))
                .anySatisfy(e -> assertThat(e).contains("host wwe.eu.example.com is also the host of prod-eu"));
        assertThat(errors(parse(HEAD + EU.replace("        capacity: 2\n", "") + US)))
                .anySatisfy(e -> assertThat(e).contains("regions.eu.capacity: no capacity is set"));
        assertThat(errors(parse("name: wwe\nenvironments: {}\n"))).anySatisfy(e -> assertThat(e)
                .contains("delivery: no delivery is declared")).anySatisfy(e -> assertThat(e)
                .contains("no environments are declared"));
    }
}
