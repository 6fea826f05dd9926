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

    /** From this many inputs on, they are read and parsed in parallel. */
    private static final int PARALLEL_FROM = 32;

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
        // What to read, in the order of the arguments: texts already in memory (standard input, a chart's
        // templates), files still to read, and inputs found unreadable while looking for them.
        List<Pending> pending = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                pending.add(readStdin());
                continue;
            }
            Path path = Path.of(argument);
            if (ChartRenderer.isChart(path)) {
                List<Finding> unreadable = new ArrayList<>();
                if (!valuesReadable(unreadable)) {
                    unreadable.forEach(f -> pending.add(Pending.of(f)));
                    continue;
                }
                ChartRenderer renderer = new ChartRenderer(values, namespace, ChartRenderer.HELM_DEFAULT_RELEASE,
                        kubernetesVersion);
                try {
                    renderer.render(path).forEach(template -> pending.add(
                            Pending.of(new Source(template.name(), template.text()))));
                } catch (IllegalStateException e) {
                    pending.add(Pending.of(renderer.failure(argument, e)));
                }
                continue;
            }
            List<Path> files = InputFiles.under(path, f -> pending.add(Pending.of(f)));
            files.forEach(file -> pending.add(new Pending(file, null, null)));
        }
        // Each file is read where it is parsed, on the cores: reading 10,000 files first, on one thread, was
        // a fifth of a large run's time.
        List<Read> read = (pending.size() >= PARALLEL_FROM ? pending.parallelStream() : pending.stream())
                .map(this::read).toList();
        List<Source> sources = new ArrayList<>();
        List<Finding> unreadable = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        List<ValidationFinding> findings = new ArrayList<>();
        for (Read one : read) {
            if (one.unreadable() != null) {
                unreadable.add(one.unreadable());
                continue;
            }
            sources.add(one.source());
            resources.addAll(one.parsed().resources());
            findings.addAll(one.parsed().findings());
        }
        return new Inputs(sources, resources, findings, unreadable);
    }

    /** One input to read: a file, a text already read, or a finding that it cannot be read. */
    private record Pending(Path file, Source source, Finding unreadable) {

        static Pending of(Source source) {
            return new Pending(null, source, null);
        }

        static Pending of(Finding unreadable) {
            return new Pending(null, null, unreadable);
        }
    }

    /** One input read and parsed, or the finding that it cannot be read. */
    private record Read(Source source, Parsed parsed, Finding unreadable) {
    }

    private record Parsed(List<Resource> resources, List<ValidationFinding> findings) {

        static Parsed of(Source source) {
            Parsed one = new Parsed(new ArrayList<>(), new ArrayList<>());
            DocumentResources.read(source, one.resources()::add, one.findings()::add);
            return one;
        }
    }

    private Read read(Pending pending) {
        if (pending.unreadable() != null) {
            return new Read(null, null, pending.unreadable());
        }
        Source source = pending.source();
        if (source == null) {
            try {
                source = new Source(pending.file().toString(), text.read(pending.file(), pending.file().toString()));
            } catch (InputText.UnreadableInputException e) {
                return new Read(null, null, e.finding());
            }
        }
        return new Read(source, Parsed.of(source), null);
    }

    /**
     * Parses sources that are already in memory (what {@code wwegen generate} renders). Many sources are
     * parsed in parallel (parsing is most of a large run's time); the result keeps the sources' order.
     */
    public static Inputs parse(List<Source> sources, List<Finding> unreadable) {
        var stream = sources.size() >= PARALLEL_FROM ? sources.parallelStream() : sources.stream();
        List<Parsed> parsed = stream.map(Parsed::of).toList();
        List<Resource> resources = new ArrayList<>();
        List<ValidationFinding> findings = new ArrayList<>();
        parsed.forEach(p -> {
            resources.addAll(p.resources());
            findings.addAll(p.findings());
        });
        return new Inputs(sources, resources, findings, unreadable);
    }

    private Pending readStdin() {
        try {
            return Pending.of(new Source(STDIN, text.read(stdin, STDIN)));
        } catch (InputText.UnreadableInputException e) {
            return new Pending(null, null, e.finding());
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
