package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A controller the NetworkPolicy would not admit is found by the model rule controller-is-admitted after
 * the profile's route choice is applied: exit 2 at the profile's line, nothing written.
 */
class ControllerNotAdmittedTest {

    private static final Path DIR = Path.of("src/test/resources/profiles-bad-model");

    @Test
    void anOpenShiftRouterNamespaceWithoutOpenShiftsLabelIsExitTwoAndNothingWritten(@TempDir Path dir)
            throws IOException {
        String name = "route-openshift-router-label-missing";
        String expected = String.join("\n", Files.readAllLines(DIR.resolve(name + ".yaml")).stream()
                .takeWhile(l -> l.startsWith("# ")).map(l -> l.substring(2)).toList());
        CliRun run = CliRun.of("generate", "--profiles", DIR.toString(), "--profile", name, "--out",
                dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(expected + "\n1 error, 0 warnings\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
