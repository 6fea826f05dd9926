package dev.wwegen.manifest;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.text.TerminalText;
import com.fasterxml.jackson.databind.JsonNode;
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
 * helm-java, which embeds Helm, so no helm binary is needed. The output is split back into one
 * {@link RenderedTemplate} per template by Helm's {@code # Source:} comments, so findings name the template;
 * lines count from the start of that template's rendered text. Shared by {@code validate} and {@code diff}.
 */
public final class ChartRenderer {

    /** The release name {@code helm template} uses when none is given. */
    public static final String HELM_DEFAULT_RELEASE = "release-name";

    private final List<Path> values;
    private final String namespace;
    private final String release;
    private final String kubeVersion;

    /**
     * @param values      values files, applied in order as {@code -f} does
     * @param namespace   the release namespace; empty for Helm's default
     * @param release     the release name; empty for the chart's own name (see {@link #chartName(Path)})
     * @param kubeVersion the Kubernetes version templates and {@code kubeVersion} constraints see, written
     *                    {@code 1.34}, {@code v1.34} or {@code v1.34.0}; empty for helm-java's default (v1.20,
     *                    which refuses charts that need a newer cluster)
     */
    public ChartRenderer(List<Path> values, String namespace, String release, String kubeVersion) {
        this.values = List.copyOf(values);
        this.namespace = namespace;
        this.release = release;
        this.kubeVersion = kubeVersion.isEmpty() ? "" : helmVersion(kubeVersion);
    }

    /** {@code 1.34} → {@code v1.34.0}, the form Helm's capabilities take. */
    static String helmVersion(String version) {
        String bare = version.startsWith("v") ? version.substring(1) : version;
        return "v" + (bare.chars().filter(c -> c == '.').count() == 1 ? bare + ".0" : bare);
    }

    /** Whether {@code path} is a chart: a .tgz file, or a folder holding Chart.yaml. */
    public static boolean isChart(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".tgz")
                || Files.isRegularFile(path.resolve("Chart.yaml"));
    }

    /**
     * The {@code name} in the chart's Chart.yaml (read through Helm, so a .tgz works too).
     *
     * @throws IllegalStateException with Helm's message when the chart cannot be read
     */
    public static String chartName(Path chart) {
        String text = call(() -> new Helm(chart).show().chart().call());
        List<ParsedDocument> documents = YamlDocuments.parse(chart + "/Chart.yaml", text, finding -> {
        });
        JsonNode name = documents.isEmpty() || documents.get(0).content() == null
                ? null : documents.get(0).content().path("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new IllegalStateException("Chart.yaml has no name");
        }
        return name.asText();
    }

    /**
     * Renders the chart.
     *
     * @throws IllegalStateException with Helm's message when the chart does not render
     */
    public List<RenderedTemplate> render(Path chart) {
        TemplateCommand template = new Helm(chart).template()
                .withName(release.isEmpty() ? chartName(chart) : release);
        if (!namespace.isEmpty()) {
            template = template.withNamespace(namespace);
        }
        if (!kubeVersion.isEmpty()) {
            template = template.withKubeVersion(kubeVersion);
        }
        for (Path file : values) {
            template = template.withValuesFile(file);
        }
        TemplateCommand command = template;
        return split(chart, call(command::call));
    }

    /**
     * The finding for a chart that did not render: Helm's whole message, and a hint that names the values
     * files when their values do not meet the chart's values.schema.json.
     */
    public Finding failure(String chart, IllegalStateException e) {
        String hint = "run helm lint on the chart, and check the values files";
        if (String.valueOf(e.getMessage()).contains("values don't meet") && !values.isEmpty()) {
            hint = "fix the values at these paths in " + String.join(", ", values.stream().map(Path::toString).toList())
                    + " (the chart's values.schema.json says what each may hold)";
        }
        return Finding.error(chart, "", "helm template failed: " + e.getMessage(), hint);
    }

    /** One template per {@code # Source: <chart>/templates/x.yaml}, named {@code <chart path>/templates/x.yaml}. */
    static List<RenderedTemplate> split(Path chart, String output) {
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
        List<RenderedTemplate> templates = new ArrayList<>();
        byTemplate.forEach((name, text) -> templates.add(new RenderedTemplate(name, text.toString())));
        return templates;
    }

    private static String call(java.util.function.Supplier<String> helm) {
        try {
            return helm.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(message(e.getMessage()), e);
        }
    }

    /**
     * Helm's message, every line of it: a values-schema failure says what is wrong only after its first line
     * ("values don't meet the specifications of the schema(s) ...:" then "- at '/replicas': got string ...").
     * Helm's advice to use its own --debug flag is left out: wwegen's --debug does not do that.
     */
    static String message(String message) {
        if (message == null || message.isBlank()) {
            return "helm failed";
        }
        return TerminalText.visible(String.join("; ", message.strip().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("Use --debug flag"))
                .map(line -> line.startsWith("- ") ? line.substring(2) : line)
                .toList()).replace(":;", ":"));
    }
}
