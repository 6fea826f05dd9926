package dev.wwegen.cli;

import dev.wwegen.diff.ManifestReader;
import dev.wwegen.diff.ManifestSet;
import dev.wwegen.diff.UnreadableManifestsException;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.manifest.ChartRenderer;
import dev.wwegen.manifest.RenderedTemplate;
import dev.wwegen.text.InputText;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code wwegen diff} renders a side that is a Helm chart (a folder with Chart.yaml, or a .tgz):
 * {@code helm template} in process (helm-java) with the values files, namespace, release name and
 * Kubernetes version given here. Values files for both sides come first, then those for one side.
 */
final class ChartInputs {

    @Option(names = {"-f", "--values"}, paramLabel = "FILE",
            description = "Values file for a chart side, applied to both sides (repeatable).")
    List<Path> values = new ArrayList<>();

    @Option(names = "--old-values", paramLabel = "FILE",
            description = "Values file for the OLD chart only, after the -f files (repeatable).")
    List<Path> oldValues = new ArrayList<>();

    @Option(names = "--new-values", paramLabel = "FILE",
            description = "Values file for the NEW chart only, after the -f files (repeatable).")
    List<Path> newValues = new ArrayList<>();

    @Option(names = "--namespace", paramLabel = "NS", defaultValue = "default",
            description = "Namespace charts are rendered into. Default: ${DEFAULT-VALUE}, as helm template.")
    String namespace;

    @Option(names = "--release-name", paramLabel = "NAME", defaultValue = "",
            description = "Release name charts are rendered with. Default: the chart's name.")
    String releaseName;

    @Option(names = "--kubernetes-version", paramLabel = "VERSION", defaultValue = "1.34",
            description = "Kubernetes version charts are rendered for (their kubeVersion must allow it)."
                    + " Default: ${DEFAULT-VALUE}.")
    String kubernetesVersion;

    /** Renders {@code chart} as the OLD ({@code old}) or NEW side; hooks such as test pods are left out. */
    ManifestSet render(Path chart, boolean old) {
        List<Path> files = new ArrayList<>(values);
        files.addAll(old ? oldValues : newValues);
        List<Finding> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                InputText.fromEnvironment().read(file, file.toString());
            } catch (InputText.UnreadableInputException e) {
                unreadable.add(e.finding());
            }
        }
        if (!unreadable.isEmpty()) {
            throw new InputException(unreadable);
        }
        List<RenderedTemplate> templates;
        ChartRenderer renderer = new ChartRenderer(files, namespace, releaseName, kubernetesVersion);
        try {
            templates = renderer.render(chart);
        } catch (IllegalStateException e) {
            throw new InputException(List.of(renderer.failure(chart.toString(), e)));
        }
        try {
            return new ManifestReader().readChart(templates);
        } catch (UnreadableManifestsException e) {
            throw new InputException(e.findings());
        }
    }

}
