package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code wwegen validate} checks Argo CD and Flux objects strictly and offline against wwegen's own schemas of
 * Argo CD v3.1 and Flux v2.6: the committed GitOps output passes, and each kind of mistake is caught.
 */
class GitOpsValidateTest {

    private static final Path GITOPS = Path.of(System.getProperty("wwegen.root", ".."), "output", "gitops");

    @TempDir
    Path dir;

    @Test
    void theCommittedGitOpsOutputIsValid() {
        CliRun run = CliRun.of("validate", GITOPS.toString(), "--skip", "stable-api-versions");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
    }

    private CliRun validate(String yaml) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        return CliRun.of("validate", file.toString(), "--skip", "stable-api-versions");
    }

    @Test
    void helmReleaseMistakes() throws Exception {
        String good = Files.readString(GITOPS.resolve("flux/prod-eu-west/helmrelease.yaml"));
        assertThat(validate(good).exit()).isZero();
        CliRun unknown = validate(good.replace("  releaseName: wwe", "  releaseNam: wwe"));
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out() + unknown.err()).contains("releaseNam").contains("releaseName");
        CliRun kind = validate(good.replace("kind: OCIRepository", "kind: GitRepository"));
        assertThat(kind.exit()).isEqualTo(1);
        assertThat(kind.out() + kind.err()).contains("GitRepository");
        CliRun type = validate(good.replace("retries: 3", "retries: three"));
        assertThat(type.exit()).isEqualTo(1);
        CliRun required = validate(good.replace("  interval: 10m\n", ""));
        assertThat(required.exit()).isEqualTo(1);
        assertThat(required.out() + required.err()).contains("interval");
    }

    @Test
    void argoCdMistakes() throws Exception {
        String appSet = Files.readString(GITOPS.resolve("argocd/applicationset.yaml"));
        assertThat(validate(appSet).exit()).isZero();
        CliRun source = validate(appSet.replace("      - ref: values\n", "      - reff: values\n"));
        assertThat(source.exit()).isEqualTo(1);
        assertThat(source.out() + source.err()).contains("reff");
        CliRun automated = validate(appSet.replace("selfHeal: true", "selfHeal: yes please"));
        assertThat(automated.exit()).isEqualTo(1);
        String project = Files.readString(GITOPS.resolve("argocd/appproject.yaml"));
        assertThat(validate(project).exit()).isZero();
        CliRun whitelist = validate(project.replace("    kind: ConfigMap\n", "    knd: ConfigMap\n"));
        assertThat(whitelist.exit()).isEqualTo(1);
        assertThat(whitelist.out() + whitelist.err()).contains("knd");
    }

    @Test
    void ociRepositoryMistakes() throws Exception {
        String good = Files.readString(GITOPS.resolve("flux/prod-eu-west/ocirepository.yaml"));
        assertThat(validate(good).exit()).isZero();
        CliRun operation = validate(good.replace("operation: copy", "operation: move"));
        assertThat(operation.exit()).isEqualTo(1);
        assertThat(operation.out() + operation.err()).contains("move");
        CliRun url = validate(good.replace("  url: oci://", "  uri: oci://"));
        assertThat(url.exit()).isEqualTo(1);
    }

    @Test
    void theProjectIsLeastPrivilegeAndTheSetHasOneApplicationPerCell() throws Exception {
        String project = Files.readString(GITOPS.resolve("argocd/appproject.yaml"));
        assertThat(project).doesNotContain("'*'").doesNotContain("\"*\"").doesNotContain("- '*'")
                .contains("clusterResourceWhitelist: []").contains("- registry.example.com/charts")
                .contains("- https://git.example.com/platform/wwe-deploy.git");
        String appSet = Files.readString(GITOPS.resolve("argocd/applicationset.yaml"));
        assertThat(appSet.split("- cell: ", -1)).hasSize(5);
        assertThat(appSet).contains("automated:").contains("$values/{{.valuesFile}}");
    }

    @Test
    void schemaExportWritesTheGitOpsKindsInKubeconformsLayout() {
        CliRun run = CliRun.of("schema", "export", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("argoproj.io/applicationset_v1alpha1.json")).exists();
        assertThat(dir.resolve("argoproj.io/appproject_v1alpha1.json")).exists();
        assertThat(dir.resolve("helm.toolkit.fluxcd.io/helmrelease_v2.json")).exists();
        assertThat(dir.resolve("source.toolkit.fluxcd.io/ocirepository_v1.json")).exists();
    }
}
