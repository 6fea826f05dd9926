package dev.wwegen.verify.input;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a Helm chart (a folder with Chart.yaml, or a packaged .tgz) with {@code helm template} through
 * helm-java, which embeds Helm, so no helm binary is needed. The output is split back into one source per
 * template by Helm's {@code # Source:} comments, so findings name the template; lines count from the
 * start of that template's rendered text.
 */
public final class ChartRenderer {

    /** The release name used for rendering, as {@code helm template} defaults it. */
    static final String RELEASE = "release-name";

    /**
     * The cluster version charts are rendered for: the one whose schema wwegen validates against. helm-java
     * would otherwise assume v1.20 and refuse charts with a newer {@code kubeVersion}.
     */
    static final String KUBE_VERSION = "v1.34.0";

    private ChartRenderer() {
    }

    /** Whether {@code path} is a chart: a .tgz file, or a folder holding Chart.yaml. */
    public static boolean isChart(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".tgz")
                || Files.isRegularFile(path.resolve("Chart.yaml"));
    }

    /**
     * Renders the chart with the values files, in order.
     *
     * @throws IllegalStateException with Helm's message when the chart does not render
     */
    public static List<Source> render(Path chart, List<Path> values, String namespace) {
        TemplateCommand template = new Helm(chart).template().withName(RELEASE).withKubeVersion(KUBE_VERSION);
        if (!namespace.isEmpty()) {
            template = template.withNamespace(namespace);
        }
        for (Path file : values) {
            template = template.withValuesFile(file);
        }
        String output;
        try {
            output = template.call();
        } catch (RuntimeException e) {
            throw new IllegalStateException(firstLine(e.getMessage()), e);
        }
        return split(chart, output);
    }

    /** One source per {@code # Source: <chart>/templates/x.yaml}, named {@code <chart path>/templates/x.yaml}. */
    static List<Source> split(Path chart, String output) {
        Map<String, StringBuilder> byTemplate = new LinkedHashMap<>();
        String current = chart.toString();
        for (String document : output.split("(?m)^---\\s*$")) {
            String name = current;
            for (String line : document.strip().lines().limit(3).toList()) {
                if (line.startsWith("# Source: ")) {
                    String template = line.substring("# Source: ".length()).trim();
                    int slash = template.indexOf('/');
                    name = chart + "/" + (slash < 0 ? template : template.substring(slash + 1));
                }
            }
            if (!document.isBlank()) {
                byTemplate.computeIfAbsent(name, n -> new StringBuilder()).append("---").append(document);
            }
        }
        List<Source> sources = new ArrayList<>();
        byTemplate.forEach((name, text) -> sources.add(new Source(name, text.toString())));
        return sources;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "helm template failed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
