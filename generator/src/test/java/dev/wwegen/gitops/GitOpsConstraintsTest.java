package dev.wwegen.gitops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each constraint of wwegen's Argo CD / Flux data, on the committed (good) objects and on a bad one. */
class GitOpsConstraintsTest {

    private static final Path GITOPS = Path.of(System.getProperty("wwegen.root", ".."), "output", "gitops");

    private static List<String> check(String yaml) {
        Object tree = new Yaml(new LoaderOptions()).load(yaml);
        Resource resource = Resource.inMemory(new ObjectMapper().valueToTree(tree), "x.yaml");
        return GitOpsConstraints.check(List.of(resource)).stream().map(ValidationFinding::finding)
                .map(f -> f.path() + ": " + f.reason()).toList();
    }

    private static String read(String path) throws Exception {
        return Files.readString(GITOPS.resolve(path));
    }

    @Test
    void theCommittedObjectsMeetEveryConstraint() throws Exception {
        for (String file : List.of("argocd/appproject.yaml", "argocd/applicationset.yaml",
                "flux/prod-eu-west/helmrelease.yaml", "flux/prod-eu-west/ocirepository.yaml")) {
            assertThat(check(read(file))).as(file).isEmpty();
        }
    }

    @Test
    void helmRelease() throws Exception {
        String good = read("flux/prod-eu-west/helmrelease.yaml");
        assertThat(check(good.replace("  interval: 10m", "  interval: 10 minutes")))
                .containsExactly("/spec/interval: HelmRelease `wwe-prod-eu-west`: \"10 minutes\" does not match"
                        + " ^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$");
        assertThat(check(good.replace("  chartRef:", "  chart: {spec: {chart: wwe}}\n  chartRef:")))
                .singleElement().asString().contains("chart and chartRef of [\"chart\",\"chartRef\"] set");
        assertThat(check(good.replace("  chartRef:", "  chartRefs:"))).singleElement().asString()
                .contains("none of [\"chart\",\"chartRef\"] set; exactly one must be");
        assertThat(check(good.replace("releaseName: wwe", "releaseName: " + "w".repeat(54)))).singleElement()
                .asString().contains("/spec/releaseName").contains("longer than 53");
    }

    @Test
    void ociRepositoryAndArgoCd() throws Exception {
        assertThat(check(read("flux/prod-eu-west/ocirepository.yaml").replace("url: oci://", "url: https://")))
                .singleElement().asString().startsWith("/spec/url:");
        assertThat(check(read("argocd/appproject.yaml").replaceFirst("  - name: prod-eu-west\n",
                "  - name: prod-eu-west\n    server: https://x.example.com\n"))).singleElement().asString()
                .startsWith("/spec/destinations/2:").contains("server and name");
        assertThat(check(read("argocd/applicationset.yaml").replace("missingkey=error", "missingkey=maybe")))
                .singleElement().asString().startsWith("/spec/goTemplateOptions/0:");
        assertThat(check(read("argocd/applicationset.yaml").replace("      sources:", "      source: {repoURL: x}\n"
                + "      sources:"))).singleElement().asString().contains("source and sources");
    }

    /** The exported kubeconform schemas, read by a real JSON Schema validator (networknt), judge like validate. */
    @Test
    void theExportedSchemasAcceptTheOutputAndRejectMistakes() throws Exception {
        var files = GitOpsSchemas.kubeconformFiles();
        var registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_7);
        ObjectMapper json = new ObjectMapper();
        java.util.Map<String, String> objects = java.util.Map.of(
                "argocd/appproject.yaml", "argoproj.io/appproject_v1alpha1.json",
                "argocd/applicationset.yaml", "argoproj.io/applicationset_v1alpha1.json",
                "flux/prod-eu-west/helmrelease.yaml", "helm.toolkit.fluxcd.io/helmrelease_v2.json",
                "flux/prod-eu-west/ocirepository.yaml", "source.toolkit.fluxcd.io/ocirepository_v1.json");
        for (var entry : objects.entrySet()) {
            var schema = registry.getSchema(json.readTree(files.get(entry.getValue())));
            String yaml = read(entry.getKey());
            assertThat(schema.validate(json.valueToTree(new Yaml(new LoaderOptions()).load(yaml)))).as(entry.getKey())
                    .isEmpty();
            String bad = yaml + "extra: 1\n";
            assertThat(schema.validate(json.valueToTree(new Yaml(new LoaderOptions()).load(bad)))).as(entry.getKey())
                    .isNotEmpty();
        }
        var release = registry.getSchema(json.readTree(files.get("helm.toolkit.fluxcd.io/helmrelease_v2.json")));
        String slow = read("flux/prod-eu-west/helmrelease.yaml").replace("  interval: 10m", "  interval: 10 minutes");
        assertThat(release.validate(json.valueToTree(new Yaml(new LoaderOptions()).load(slow)))).isNotEmpty();
    }

    @Test
    void theKubeconformSchemasCarryThePatterns() {
        String helmRelease = new String(GitOpsSchemas.kubeconformFiles().get("helm.toolkit.fluxcd.io/helmrelease_v2.json"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(helmRelease).contains("\"pattern\" : \"^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))+$\"")
                .contains("\"maxLength\" : 53").contains("\"additionalProperties\" : false");
    }
}
