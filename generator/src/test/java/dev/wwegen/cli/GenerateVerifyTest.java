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
        ValidateCommandTest.Run run = ValidateCommandTest.run("generate", "--all-profiles", "--out", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        ValidateCommandTest.Run validate = ValidateCommandTest.run("validate", dir.resolve("manifests/prod").toString(),
                "--no-kubeconform");
        assertThat(validate.exit()).isZero();
        ValidateCommandTest.Run dev = ValidateCommandTest.run("validate", dir.resolve("manifests/dev").toString(),
                "--no-kubeconform", "--environment", "development");
        assertThat(dev.exit()).isZero();
    }

    @Test
    void noVerifyPrintsAWarning() {
        ValidateCommandTest.Run run = ValidateCommandTest.run("generate", "--no-verify", "--out", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("warning: --no-verify: the rendered output is NOT checked against the schema,"
                + " cross-references or policy\n");
    }

    @Test
    void onlyDevelopmentProfilesMayRunOneReplica() {
        assertThat(dev.wwegen.pipeline.DevelopmentProfiles.isDevelopment("dev")).isTrue();
        assertThat(dev.wwegen.pipeline.DevelopmentProfiles.isDevelopment("dev-eu")).isTrue();
        assertThat(dev.wwegen.pipeline.DevelopmentProfiles.isDevelopment("prod")).isFalse();
        assertThat(dev.wwegen.pipeline.DevelopmentProfiles.isDevelopment("devops")).isFalse();
    }
}
