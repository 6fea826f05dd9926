package dev.wwegen.cli;

import dev.wwegen.dsl.check.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict check of the Argo CD and Flux objects a fleet writes, made on their trees before they are written. */
class FleetPlanTest {

    @Test
    void anArgoObjectWithAFieldItsSchemaDoesNotKnowIsAnError() {
        var objects = new TreeMap<String, Map<String, Object>>();
        objects.put("gitops/argocd/appproject.yaml", Map.of("apiVersion", "argoproj.io/v1alpha1", "kind", "AppProject",
                "metadata", Map.of("name", "wwe", "namespace", "argocd"),
                "spec", Map.of("sourceRepos", List.of("https://git.example.com/x.git"), "colour", "blue")));
        List<Finding> findings = FleetPlan.verify(objects);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.where()).contains("gitops/argocd/appproject.yaml");
            assertThat(f.toString()).contains("colour");
        });
    }

    @Test
    void aValidFluxObjectPasses() {
        var objects = new TreeMap<String, Map<String, Object>>();
        objects.put("gitops/flux/x/ocirepository.yaml", Map.of("apiVersion", "source.toolkit.fluxcd.io/v1",
                "kind", "OCIRepository", "metadata", Map.of("name", "wwe", "namespace", "flux-system"),
                "spec", Map.of("interval", "10m", "url", "oci://registry.example.com/charts/wwe",
                        "ref", Map.of("semver", "0.1.0"))));
        assertThat(FleetPlan.verify(objects)).noneMatch(Finding::isError);
    }
}
