package dev.wwegen.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilesCommandTest {

    @Test
    void listNamesEveryProfileWithItsDescription() {
        CliRun run = CliRun.of("profiles", "list", "--profiles", "../profiles");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("profiles from ../profiles/:\n"
                + "  dev             Development, single replica\n"
                + "  openshift       Production on OpenShift\n"
                + "  prod            Production, autoscaled\n"
                + "  staging         Staging, two replicas\n"
                + "  staging-gateway Staging on the Gateway API (twin of staging)\n");
    }

    @Test
    void showPrintsTheMergedProfile() {
        CliRun run = CliRun.of("profiles", "show", "openshift", "--profiles", "../profiles");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("route:\n  controller:\n    preset: openshift-router\n")
                .contains("  minReplicas: 3\n")
                .contains("securityContext:\n  fsGroup: null\n  runAsGroup: null\n  runAsUser: null\n");
    }

    @Test
    void showOfAnUnknownProfileIsBadInput() {
        CliRun run = CliRun.of("profiles", "show", "nope", "--profiles", "../profiles");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nope").endsWith("1 error, 0 warnings\n");
    }

    @Test
    void aHintSuggestsLowerCaseOnlyWhenTheLowerCaseValueIsValid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String dev = java.nio.file.Files.readString(java.nio.file.Path.of("../profiles/dev.yaml"));
        java.nio.file.Files.createDirectories(dir.resolve("p"));
        java.nio.file.Files.writeString(dir.resolve("p/dev.yaml"), dev.replace("namespace: wwe", "namespace: \"My NS\"")
                .replace("host: wwe.dev.example.com", "host: \"WWE Dev.example.com\"")
                .replace("image:\n", "image:\n  repository: \"Work Space/WWE\"\n"));
        CliRun run = CliRun.of("profiles", "show", "dev", "--profiles", dir.resolve("p").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\"My NS\"", "\"WWE Dev.example.com\"", "\"Work Space/WWE\"")
                .doesNotContain("use lower case: my ns", "e.g. wwe dev.example.com", "use lower case: work space/wwe");
        java.nio.file.Files.writeString(dir.resolve("p/dev.yaml"), dev.replace("namespace: wwe", "namespace: WWE"));
        assertThat(CliRun.of("profiles", "show", "dev", "--profiles", dir.resolve("p").toString()).err())
                .contains("use lower case: wwe");
    }
}
