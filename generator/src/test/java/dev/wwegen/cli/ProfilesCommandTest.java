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
}
