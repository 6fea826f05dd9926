package dev.wwegen.verify.input;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.manifest.ChartRenderer;
import dev.wwegen.manifest.InputFiles;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import dev.wwegen.text.InputText;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inputs of {@code wwegen validate}: each argument is {@code -} (standard input, read once), a
 * Helm chart (rendered with {@code values}), a folder (searched recursively) or a file.
 */
public final class InputReader {

    /** The name standard input has in reports. */
    public static final String STDIN = "<stdin>";

    private final InputStream stdin;
    private final List<Path> values;
    private final String namespace;
    private final String kubernetesVersion;
    private final InputText text = InputText.fromEnvironment();

    /**
     * @param stdin             what {@code -} reads
     * @param values            values files for charts ({@code -f}), in order
     * @param namespace         the namespace charts are rendered into; empty for Helm's default
     * @param kubernetesVersion the cluster version charts are rendered for, e.g. {@code 1.34}: the one
     *                          validated against ({@code --kubernetes-version})
     */
    public InputReader(InputStream stdin, List<Path> values, String namespace, String kubernetesVersion) {
        this.stdin = stdin;
        this.values = List.copyOf(values);
        this.namespace = namespace;
        this.kubernetesVersion = kubernetesVersion;
    }

    public Inputs read(List<String> arguments) {
        List<Source> sources = new ArrayList<>();
        List<Finding> unreadable = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                sources.add(readStdin(unreadable));
                continue;
            }
            Path path = Path.of(argument);
            if (ChartRenderer.isChart(path)) {
                if (!valuesReadable(unreadable)) {
                    continue;
                }
                ChartRenderer renderer = new ChartRenderer(values, namespace, ChartRenderer.HELM_DEFAULT_RELEASE,
                        kubernetesVersion);
                try {
                    renderer.render(path).forEach(template -> sources.add(new Source(template.name(), template.text())));
                } catch (IllegalStateException e) {
                    unreadable.add(renderer.failure(argument, e));
                }
                continue;
            }
            for (Path file : InputFiles.under(path, unreadable::add)) {
                try {
                    sources.add(new Source(file.toString(), text.read(file, file.toString())));
                } catch (InputText.UnreadableInputException e) {
                    unreadable.add(e.finding());
                }
            }
        }
        return parse(sources, unreadable);
    }

    /**
     * Parses sources that are already in memory (what {@code wwegen generate} renders). Many sources are
     * parsed in parallel (parsing is most of a large run's time); the result keeps the sources' order.
     */
    public static Inputs parse(List<Source> sources, List<Finding> unreadable) {
        record Parsed(List<Resource> resources, List<ValidationFinding> findings) {
        }
        var stream = sources.size() >= 32 ? sources.parallelStream() : sources.stream();
        List<Parsed> parsed = stream.map(source -> {
            Parsed one = new Parsed(new ArrayList<>(), new ArrayList<>());
            DocumentResources.read(source, one.resources()::add, one.findings()::add);
            return one;
        }).toList();
        List<Resource> resources = new ArrayList<>();
        List<ValidationFinding> findings = new ArrayList<>();
        parsed.forEach(p -> {
            resources.addAll(p.resources());
            findings.addAll(p.findings());
        });
        return new Inputs(sources, resources, findings, unreadable);
    }

    private Source readStdin(List<Finding> unreadable) {
        try {
            return new Source(STDIN, text.read(stdin, STDIN));
        } catch (InputText.UnreadableInputException e) {
            unreadable.add(e.finding());
            return new Source(STDIN, "");
        }
    }

    /** Values files go to Helm as paths; they are read here first, within the same bounds as any input. */
    private boolean valuesReadable(List<Finding> unreadable) {
        boolean readable = true;
        for (Path file : values) {
            try {
                text.read(file, file.toString());
            } catch (InputText.UnreadableInputException e) {
                unreadable.add(e.finding());
                readable = false;
            }
        }
        return readable;
    }
}
