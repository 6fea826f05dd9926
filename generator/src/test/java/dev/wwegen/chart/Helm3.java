package dev.wwegen.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real Helm 3, through helm-java's bundled native library. helm-java's lint takes no values file, so
 * {@link #lint(Path, Path)} lints a copy of the chart whose values.yaml is the chart's values merged
 * with the file the way Helm merges {@code -f} (maps key by key, lists replaced, null removes a key).
 */
final class Helm3 {

    private Helm3() {
    }

    /** The Kubernetes version wwegen validates against; helm-java would otherwise assume v1.20.0. */
    static final String KUBE_VERSION = "v1.34.0";

    static String template(Path chart, String namespace, Path values) {
        return template(chart).withNamespace(namespace).withValuesFile(values).call();
    }

    /** {@code helm template wwe <chart>}: add values, namespace and --set, then call. */
    static TemplateCommand template(Path chart) {
        return new Helm(chart).template().withName("wwe").withKubeVersion(KUBE_VERSION);
    }

    static LintResult lint(Path chart) {
        return new Helm(chart).lint().strict().call();
    }

    static LintResult lint(Path chart, Path values) throws IOException {
        Path copy = Files.createTempDirectory("wwegen-lint").resolve(chart.getFileName());
        try (Stream<Path> files = Files.walk(chart)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(chart.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Map<String, Object> merged = merge(load(chart.resolve("values.yaml")), load(values));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(copy.resolve("values.yaml"), new Yaml(options).dump(merged));
        return lint(copy);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path yaml) throws IOException {
        Object tree = new Yaml(new LoaderOptions()).load(Files.readString(yaml));
        return tree == null ? new LinkedHashMap<>() : (Map<String, Object>) tree;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            if (value == null) {
                out.remove(key);
            } else if (value instanceof Map<?, ?> map && out.get(key) instanceof Map<?, ?> inner) {
                out.put(key, merge((Map<String, Object>) inner, (Map<String, Object>) map));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }
}
