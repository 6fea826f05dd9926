package dev.wwegen.gitops;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed AppProject allows exactly what the committed cells deploy: every (cluster, namespace) an object
 * goes to and every kind it has, and nothing more (no wildcard, no cluster-scoped kind, no unused entry).
 */
class LeastPrivilegeTest {

    private static final Path OUTPUT = Path.of(System.getProperty("wwegen.root", ".."), "output");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws Exception {
        return (Map<String, Object>) new Yaml(new LoaderOptions()).load(Files.readString(file));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProjectAllowsExactlyWhatTheCellsDeploy() throws Exception {
        Map<String, Object> spec = (Map<String, Object>) yaml(OUTPUT.resolve("gitops/argocd/appproject.yaml")).get("spec");
        Map<String, Object> set = yaml(OUTPUT.resolve("gitops/argocd/applicationset.yaml"));
        List<Map<String, Object>> elements = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                ((List<Object>) ((Map<String, Object>) set.get("spec")).get("generators")).get(0)).get("list")).get("elements");
        Set<String> needed = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (Map<String, Object> e : elements) {
            String cluster = !"".equals(e.get("clusterName")) ? "name=" + e.get("clusterName") : "server=" + e.get("server");
            try (Stream<Path> files = Files.list(OUTPUT.resolve("fleet/manifests").resolve((String) e.get("cell")))) {
                for (Path file : files.toList()) {
                    Map<String, Object> object = yaml(file);
                    String apiVersion = (String) object.get("apiVersion");
                    kinds.add((apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "") + "/"
                            + object.get("kind"));
                    needed.add(cluster + " " + ((Map<String, Object>) object.get("metadata")).get("namespace"));
                }
            }
        }
        Set<String> allowed = new HashSet<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) spec.get("destinations")) {
            allowed.add((d.containsKey("name") ? "name=" + d.get("name") : "server=" + d.get("server")) + " "
                    + d.get("namespace"));
        }
        assertThat(allowed).isEqualTo(needed);
        Set<String> whitelisted = new HashSet<>();
        for (Map<String, Object> k : (List<Map<String, Object>>) spec.get("namespaceResourceWhitelist")) {
            whitelisted.add(k.get("group") + "/" + k.get("kind"));
        }
        assertThat(whitelisted).isEqualTo(kinds);
        assertThat((List<Object>) spec.get("clusterResourceWhitelist")).isEmpty();
        assertThat(Files.readString(OUTPUT.resolve("gitops/argocd/appproject.yaml"))).doesNotContain("*");
        assertThat(needed).contains("name=prod-eu-west gateway-system", "name=staging-eu-west wwe");
    }
}
