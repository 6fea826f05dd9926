package dev.wwegen.cli;

import dev.wwegen.docs.DocFormat;
import dev.wwegen.docs.DocsRenderer;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.resolve.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;

/**
 * {@code wwegen docs}: exports the architecture page (connections table, data-flow and connection
 * diagrams, JSON, CSV, HTML) from the model, for one profile or for the model alone.
 */
@Command(name = "docs", description = "Export the architecture page: connections table, diagrams, JSON, CSV, HTML.")
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Profile whose hosts, namespaces and ports the page shows; without it, the model only.")
    String profile;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Any of markdown, svg, png, mermaid, plantuml, dot, json, csv, html;"
                    + " default all but png.")
    List<DocFormat> formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output/docs",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    /** The command's core: the files of the page, relative path → bytes; what tests and generate call. */
    static SortedMap<String, byte[]> files(Architecture architecture, Optional<Release> release,
                                           Set<DocFormat> formats) {
        return new DocsRenderer().render(architecture, release.orElse(null), formats);
    }

    @Override
    public Integer call() {
        // TODO(wire profile+emit): resolve --profile with the profile loader into a Release, and write the
        // files with emit.FileSet into --out; until both land on this branch, docs lists what it would write.
        if (profile != null) {
            throw new InputException(List.of(Finding.error("command line", "--profile",
                    "profile '" + profile + "' cannot be loaded: profile loading is not wired into docs yet",
                    "omit --profile for the model-only page")));
        }
        Set<DocFormat> selected = formats == null ? DocFormat.defaults() : EnumSet.copyOf(formats);
        SortedMap<String, byte[]> files = files(WweReference.architecture(), Optional.empty(), selected);
        var printer = spec.commandLine().getOut();
        files.forEach((path, bytes) -> printer.println(out.resolve(path) + " (" + bytes.length + " bytes)"));
        printer.println(files.size() + " files; not written: writing is not wired into docs yet");
        return Main.OK;
    }

    /** {@code --format} names, case-insensitive; an unknown name is a usage error listing the valid ones. */
    static final class FormatConverter implements ITypeConverter<DocFormat> {
        @Override
        public DocFormat convert(String value) {
            return DocFormat.parse(value);
        }
    }
}
