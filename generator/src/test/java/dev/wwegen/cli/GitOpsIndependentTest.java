package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * wwegen's own Argo CD / Flux schemas and an independent validator agree: the models of the npm packages
 * {@code @kubernetes-models/argo-cd} and {@code @kubernetes-models/flux-cd} (generated from the upstream CRDs; .ci/run
 * installs them and names the folder in WWEGEN_GITOPS_MODELS) accept the committed GitOps output and reject the
 * same broken objects wwegen's validate rejects. Skipped, saying why, where node or the packages are absent.
 */
class GitOpsIndependentTest {

    private static final Path ROOT = Path.of(System.getProperty("wwegen.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static Path models() {
        String configured = System.getenv("WWEGEN_GITOPS_MODELS");
        assumeTrue(configured != null && Files.isDirectory(Path.of(configured, "@kubernetes-models", "flux-cd")),
                "independent GitOps validation skipped: set WWEGEN_GITOPS_MODELS to a node_modules folder with"
                        + " @kubernetes-models/argo-cd and flux-cd (.ci/run installs them)");
        return Path.of(configured);
    }

    private static int node(Path models, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", ROOT.resolve(".ci/validate-gitops.mjs").toString(),
                models.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + (out.contains(" valid, ") ? 0 : 100);
    }

    @Test
    void bothAcceptTheCommittedOutputAndRejectTheSameMistakes() throws Exception {
        Path models = models();
        List<Path> committed;
        try (var files = Files.walk(ROOT.resolve("output/gitops"))) {
            committed = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(node(models, committed)).isZero();
        Path release = ROOT.resolve("output/gitops/flux/prod-eu-west/helmrelease.yaml");
        Path source = ROOT.resolve("output/gitops/flux/prod-eu-west/ocirepository.yaml");
        Path project = ROOT.resolve("output/gitops/argocd/appproject.yaml");
        Map<String, String> mistakes = Map.of(
                "retries", Files.readString(release).replace("retries: 3", "retries: three"),
                "interval", Files.readString(release).replace("  interval: 10m\n", ""),
                "operation", Files.readString(source).replace("operation: copy", "operation: move"),
                "kind", Files.readString(project).replace("    kind: ConfigMap\n", "    knd: ConfigMap\n"));
        for (var mistake : mistakes.entrySet()) {
            Path file = dir.resolve(mistake.getKey() + ".yaml");
            Files.writeString(file, mistake.getValue());
            assertThat(node(models, List.of(file))).as("npm models reject " + mistake.getKey()).isEqualTo(1);
            CliRun wwegen = CliRun.of("validate", file.toString(), "--skip", "stable-api-versions");
            assertThat(wwegen.exit()).as("wwegen rejects " + mistake.getKey()).isEqualTo(1);
        }
    }
}
