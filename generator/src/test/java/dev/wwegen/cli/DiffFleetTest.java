package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wwegen diff --fleet}: which cells a change of the fleet file changes, and how; text and markdown. */
class DiffFleetTest {

    private static final Path ROOT = Path.of(System.getProperty("wwegen.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theShippedFleetMatchesItsCommittedOutput() {
        CliRun run = CliRun.of("diff", "--fleet", ROOT.resolve("fleet.yaml").toString(), "--repo", ROOT.toString(),
                "--color", "never");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("fleet: 0 of 4 cells change\n");
    }

    @Test
    void aChangedBackEndShowsInItsCellAndInTheCellsItBacksUp() throws Exception {
        Path changed = dir.resolve("fleet.yaml");
        Files.writeString(changed, Files.readString(ROOT.resolve("fleet.yaml"))
                .replace("https://gws.eu-west.example.com", "https://gws2.eu-west.example.com"));
        CliRun text = CliRun.of("diff", "--fleet", changed.toString(), "--repo", ROOT.toString(), "--color", "never");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).startsWith("fleet: 3 of 4 cells change: prod-ap-southeast, prod-eu-west, prod-us-east\n")
                .contains("+   data.gwsUrl: https://gws2.eu-west.example.com")
                .contains("+   data.failoverGwsUrl: https://gws2.eu-west.example.com");
        CliRun markdown = CliRun.of("diff", "--fleet", changed.toString(), "--repo", ROOT.toString(), "--output", "markdown");
        assertThat(markdown.exit()).isEqualTo(1);
        assertThat(markdown.out()).contains("## wwegen fleet diff: 3 of 4 cells change")
                .contains("| prod-eu-west | **changed** |").contains("| staging-eu-west | unchanged |");
    }

    @Test
    void againstARevisionANewCellIsAllAdded() throws Exception {
        Path changed = dir.resolve("fleet.yaml");
        String text = Files.readString(ROOT.resolve("fleet.yaml"));
        Files.writeString(changed, text.replace("  staging:\n    profile: staging\n    regions:\n",
                "  staging:\n    profile: staging\n    regions:\n      us-east:\n        cluster: {name: staging-us-east}\n"
                        + "        zones: 2\n        capacity: 1\n        host: wwe.staging.us-east.example.com\n"
                        + "        backup: eu-west\n").replace("        host: wwe.staging.eu-west.example.com\n",
                "        host: wwe.staging.eu-west.example.com\n        backup: us-east\n"));
        CliRun run = CliRun.of("diff", "--fleet", changed.toString(), "--ref", "HEAD", "--repo", ROOT.toString(),
                "--color", "never");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("staging-us-east").contains("+ Deployment.apps wwe/wwe")
                .contains("data.failoverWweUrl: https://wwe.staging.us-east.example.com");
    }
}
