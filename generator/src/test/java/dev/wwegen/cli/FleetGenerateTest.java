package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FleetGenerateTest {

    private static final Path ROOT = Path.of(System.getProperty("wwegen.root", ".."));

    @TempDir
    Path dir;

    @Test
    void checkCoversTheFleetAndGitOpsOutputs() throws Exception {
        Path out = dir.resolve("out");
        String fleet = ROOT.resolve("fleet.yaml").toString();
        String profiles = ROOT.resolve("profiles").toString();
        CliRun write = CliRun.of("generate", "--all-profiles", "--fleet", fleet, "--profiles", profiles, "--out", out.toString());
        assertThat(write.exit()).as(write.err()).isZero();
        assertThat(out.resolve("fleet/manifests/prod-eu-west/04-deployment-wwe.yaml")).exists();
        assertThat(out.resolve("gitops/flux/prod-eu-west/helmrelease.yaml")).exists();
        CliRun current = CliRun.of("generate", "--all-profiles", "--fleet", fleet, "--profiles", profiles, "--out",
                out.toString(), "--check");
        assertThat(current.exit()).as(current.err()).isZero();
        Path changed = dir.resolve("fleet.yaml");
        Files.writeString(changed, Files.readString(ROOT.resolve("fleet.yaml")).replace("capacity: 3", "capacity: 4")
                .replace("minReplicas: 5", "minReplicas: 6").replace("automated: true", "automated: false"));
        CliRun stale = CliRun.of("generate", "--all-profiles", "--fleet", changed.toString(), "--profiles", profiles,
                "--out", out.toString(), "--check");
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.err()).contains("fleet/manifests/prod-us-east/05-horizontalpodautoscaler-wwe.yaml")
                .contains("gitops/argocd/applicationset.yaml");
    }

    @Test
    void aBadFleetIsExitTwoAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("fleet.yaml");
        Files.writeString(bad, Files.readString(ROOT.resolve("fleet.yaml")).replace("backup: us-east", "backup: us-eats"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("generate", "--all-profiles", "--fleet", bad.toString(), "--profiles",
                ROOT.resolve("profiles").toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("fleet.yaml:").contains("environment prod has no region \"us-eats\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void theShippedFleetIsLeftOutWhenProfilesComeFromAnotherFolder() throws Exception {
        // ./fleet.yaml names the shipped profiles (prod, staging); a folder of other profiles has neither, so
        // the default fleet must not apply (it is only a default for ./profiles). Runs in the repository root.
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.copy(ROOT.resolve("profiles/dev.yaml"), profiles.resolve("lab.yaml"));
        Path out = dir.resolve("out");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "generate", "--all-profiles", "--profiles", profiles.toString(), "--out", out.toString())
                .directory(ROOT.toAbsolutePath().normalize().toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(out.resolve("manifests/lab")).isDirectory();
        assertThat(out.resolve("fleet")).doesNotExist();
        assertThat(out.resolve("gitops")).doesNotExist();
    }
}
