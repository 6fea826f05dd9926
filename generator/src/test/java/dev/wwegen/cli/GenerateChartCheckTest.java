package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** generate writes chart, values and manifests together, and --check lists each stale chart or values file. */
class GenerateChartCheckTest {

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(stdout), new PrintWriter(stderr), args);
    }

    @Test
    void checkExitsOneAndListsEachEditedChartAndValuesFile() throws Exception {
        assertThat(run("generate", "--all-profiles", "--out", out.toString())).isEqualTo(Main.OK);
        assertThat(out.resolve("chart/wwe/Chart.yaml")).exists();
        assertThat(out.resolve("values/openshift.yaml")).exists();
        assertThat(run("generate", "--all-profiles", "--out", out.toString(), "--check")).isEqualTo(Main.OK);

        Files.writeString(out.resolve("chart/wwe/templates/deployment.yaml"), "# edited\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(out.resolve("values/prod.yaml"), "replicaCount: 5\n", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(out.resolve("chart/wwe/values.schema.json"));
        stderr.getBuffer().setLength(0);

        assertThat(run("generate", "--all-profiles", "--out", out.toString(), "--check")).isEqualTo(Main.FINDINGS);
        assertThat(stderr.toString())
                .contains("chart/wwe/templates/deployment.yaml", "values/prod.yaml", "chart/wwe/values.schema.json")
                .contains("3 files not current; run ./wwegen generate --all-profiles");
    }

    @Test
    void oneProfileLeavesTheOtherValuesFilesAlone() throws Exception {
        assertThat(run("generate", "--all-profiles", "--out", out.toString())).isEqualTo(Main.OK);
        assertThat(run("generate", "--profile", "dev", "--out", out.toString())).isEqualTo(Main.OK);
        assertThat(out.resolve("values/prod.yaml")).exists();
        assertThat(run("generate", "--all-profiles", "--out", out.toString(), "--check")).isEqualTo(Main.OK);
    }
}
