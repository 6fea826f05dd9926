package dev.wwegen.chart;

import dev.wwegen.api.ModelCompiler;
import dev.wwegen.api.ModelLoad;
import dev.wwegen.api.Wwegen;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * examples/custom-model end to end: its model compiles from source, its committed output is what the model
 * and its two profiles generate, the structure it declares reaches the manifests, and its chart renders
 * exactly its manifests under real Helm.
 */
class CustomModelExampleTest {

    static final Path EXAMPLE = Path.of(System.getProperty("wwegen.root", "..")).resolve("examples/custom-model");

    static Architecture model;

    @BeforeAll
    static void compile() {
        ModelLoad load = ModelCompiler.load(EXAMPLE.resolve("src/main/java"));
        assertThat(load.findings()).isEmpty();
        model = load.architecture().orElseThrow();
    }

    @Test
    void theCommittedOutputIsCurrent() {
        Wwegen.Result result = Wwegen.run(model, EXAMPLE.resolve("profiles"), EXAMPLE.resolve("output"), List.of(),
                Wwegen.Mode.CHECK);
        assertThat(result.exitCode()).as(result.summary()).isZero();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void itsStructureReachesTheManifests() throws IOException {
        assertThat(model.allConnections()).hasSizeGreaterThanOrEqualTo(11);
        Path prod = EXAMPLE.resolve("output/manifests/prod");
        String policy = Files.readString(prod.resolve("08-networkpolicy-acme-desk.yaml"));
        assertThat(policy).contains("kubernetes.io/metadata.name: licensing").contains("port: 8443")
                .contains("kubernetes.io/metadata.name: traefik");
        String deployment = Files.readString(prod.resolve("04-deployment-acme-desk.yaml"));
        assertThat(deployment).contains("name: metrics").contains("containerPort: 9113")
                .contains("NGINX_WORKER_PROCESSES").contains("acme.example/cost-centre: cc-4711")
                .contains("mountPath: /var/lib/nginx").contains("path: /healthz")
                .contains("cpu: 150m").contains("memory: 512Mi"); // model default request, profile limit
        String config = Files.readString(prod.resolve("02-configmap-acme-desk-config.yaml"));
        assertThat(config).contains("crmBaseUrl: https://crm.acme.example").contains("supportUrl:");
        assertThat(Files.readString(EXAMPLE.resolve("output/docs/prod/architecture.md")))
                .contains("| 12 | ACME Agent Desk | ACME licence service | HTTPS | 8443 | Intra-cluster |")
                .contains("allows egress TCP 8443 to namespace `licensing`");
    }

    @Test
    void itsChartRendersItsManifests(@TempDir Path dir) throws IOException {
        var loader = new ProfileLoader(ProfileSource.directory(EXAMPLE.resolve("profiles")));
        var output = GeneratedOutput.of(model, loader, dir);
        for (String profile : List.of("dev", "prod")) {
            var rendered = RenderedObjects.parse(new com.marcnuri.helm.Helm(output.chart()).template()
                    .withName(model.name()).withKubeVersion(Helm3.KUBE_VERSION)
                    .withNamespace(output.namespaces().get(profile)).withValuesFile(output.values(profile)).call());
            assertThat(rendered).as(profile).isEqualTo(RenderedObjects.folder(output.manifests(profile))).isNotEmpty();
        }
    }
}
