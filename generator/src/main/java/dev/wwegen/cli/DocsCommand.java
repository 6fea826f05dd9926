package dev.wwegen.cli;

import dev.wwegen.text.TerminalText;
import dev.wwegen.docs.DocFormat;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.emit.EmitException;
import dev.wwegen.emit.EmitSummary;
import dev.wwegen.emit.Emitter;
import dev.wwegen.emit.FileSet;
import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.pipeline.DocsFiles;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code wwegen docs}: exports the architecture page (connections table, data-flow and connection
 * diagrams, JSON, CSV, HTML) from the model and one profile's values, into {@code output/docs/<profile>/}
 * by default, as {@code generate} does.
 */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Export the architecture page: connections table, diagrams, JSON, CSV, HTML.")
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = GenerateCommand.DEFAULT_PROFILE,
            description = "Profile whose hosts, namespaces and ports the page shows (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Any of markdown, svg, png, mermaid, plantuml, dot, json, csv, html;"
                    + " default all but png.")
    List<DocFormat> formats;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into (default: output/docs/<profile>).")
    Path out;

    @Mixin
    ProfileOptions profileOptions;

    @Mixin
    ModelOptions modelOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Generator generator = new Generator(modelOptions.architecture(), profileOptions.loader());
        List<Finding> model = modelOptions.findings();
        Generation generation = generator.generate(profile);
        if (model.stream().anyMatch(Finding::isError) || !generation.inputOk()) {
            List<Finding> all = new ArrayList<>(model);
            all.addAll(generation.inputFindings());
            throw new InputException(all);
        }
        Set<DocFormat> selected = formats == null ? DocFormat.defaults() : EnumSet.copyOf(formats);
        FileSet.Builder files = FileSet.builder();
        Path folder = out != null ? out : Path.of("output", "docs", profile);
        DocsFiles.render(generator.architecture(), generation.release().orElseThrow(), selected, OwnedFiles.in(folder),
                "").forEach(files::add);
        // A subset of formats must not make the other formats' files look stale.
        Set<String> scopes = formats == null ? Set.of("") : Set.of();
        try {
            EmitSummary summary = Emitter.write(folder, files.build(), scopes);
            summary.notes().forEach(note -> spec.commandLine().getOut().println("note: " + note));
            spec.commandLine().getOut().println(profile + ": architecture page → " + folder + " (" + summary.counts()
                    + ")");
            return Main.OK;
        } catch (EmitException e) {
            throw new InputException(e.findings());
        }
    }

    /** {@code --format} names, case-insensitive; an unknown name is a usage error listing the valid ones. */
    static final class FormatConverter implements ITypeConverter<DocFormat> {
        @Override
        public DocFormat convert(String value) {
            try {
                return DocFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(TerminalText.visible(e.getMessage()));
            }
        }
    }
}
