package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wwegen generate} verifies its output with every layer, and {@code --no-verify} says loudly that it did not. */
class GenerateVerifyTest {

    @TempDir
    Path dir;

    @Test
    void everyShippedProfilePassesEveryLayer() {
        CliRun run = ValidateCommandTest.run("generate", "--all-profiles", "--out", dir.toString());
        assertThat(run.err()).isEqualTo("warning bundled:profiles/staging.yaml:17:13 route.controller.preset: ingress-nginx"
                + " is retired: the Kubernetes project ended its maintenance in March 2026 (no releases, no security"
                + " fixes)\n       hint: move to the Gateway API (route.kind: gateway) or another controller"
                + " (route.controller.preset: traefik, haproxy, custom); docs/migration-gateway-api.md shows the change\n"
                + "0 errors, 1 warning\n");
        assertThat(run.exit()).isZero();
        CliRun validate = ValidateCommandTest.run("validate", dir.resolve("manifests/prod").toString(),
                "--no-kubeconform");
        assertThat(validate.exit()).isZero();
        CliRun dev = ValidateCommandTest.run("validate", dir.resolve("manifests/dev").toString(),
                "--no-kubeconform", "--environment", "development");
        assertThat(dev.exit()).isZero();
    }

    @Test
    void noVerifyPrintsAWarning() {
        CliRun run = ValidateCommandTest.run("generate", "--no-verify", "--out", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("warning: --no-verify: the rendered output is NOT checked against the schema,"
                + " cross-references or policy\n");
    }

    @Test
    void onlyAProfileThatSaysDevelopmentMayRunOneReplica() throws java.io.IOException {
        Path profiles = java.nio.file.Files.createDirectories(dir.resolve("profiles"));
        String dev = java.nio.file.Files.readString(Path.of("../profiles/dev.yaml"));
        java.nio.file.Files.writeString(profiles.resolve("dev.yaml"), dev);
        java.nio.file.Files.writeString(profiles.resolve("single.yaml"), dev.replace("environment: development\n", ""));
        var ok = ValidateCommandTest.run("generate", "--profiles", profiles.toString(), "--profile", "dev",
                "--out", dir.resolve("a").toString());
        assertThat(ok.exit()).isZero();
        var refused = ValidateCommandTest.run("generate", "--profiles", profiles.toString(), "--profile", "single",
                "--out", dir.resolve("b").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("manifests/single/04-deployment-wwe.yaml /spec/replicas: Deployment wwe/wwe:"
                + " Deployment `wwe` runs 1 replica; production needs at least 2 [policy replicas-and-pdb]")
                .endsWith("nothing written: the rendered output has errors\n");
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dev", "staging", "prod", "openshift", "staging-gateway"})
    void theCommittedChartWithEachProfilesValuesPassesValidate(String profile) {
        Path root = Path.of(System.getProperty("wwegen.root", ".."));
        var run = ValidateCommandTest.run("validate", root.resolve("output/chart/wwe").toString(), "-f",
                root.resolve("output/values/" + profile + ".yaml").toString(), "--namespace", "wwe", "--no-kubeconform",
                "--environment", profile.equals("dev") ? "development" : "production");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }
}
