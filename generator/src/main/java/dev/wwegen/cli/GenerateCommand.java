package dev.wwegen.cli;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.emit.Difference;
import dev.wwegen.emit.EmitException;
import dev.wwegen.emit.EmitSummary;
import dev.wwegen.emit.Emitter;
import dev.wwegen.emit.FileSet;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.pipeline.OutputPlan;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wwegen generate}: model + profiles → files under the output folder. Everything is rendered
 * and checked in memory first; nothing is written unless every profile is good.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate the Helm chart, values and manifests for the built-in WWE model (or --model) and one"
                + " profile (default dev) or all.")
final class GenerateCommand implements Callable<Integer> {

    static final String DEFAULT_PROFILE = "dev";

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Selection selection = new Selection();

    static final class Selection {
        @Option(names = "--profile", paramLabel = "NAME", description = "Profile to generate (default: dev).")
        String profile;

        @Option(names = "--all-profiles", description = "Generate every profile.")
        boolean all;
    }

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--check", description = "Write nothing; exit 1 and list each file that is not current.")
    boolean check;

    @Option(names = "--no-verify", description = "Skip verifying the rendered output (schema, cross-references,"
            + " policy, kubeconform). Prints a warning.")
    boolean noVerify;

    @Mixin
    ProfileOptions profileOptions;

    @Mixin
    ModelOptions modelOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (noVerify) {
            err.println("warning: --no-verify: the rendered output is NOT checked against the schema, cross-references"
                    + " or policy");
        }
        Generator generator = new Generator(modelOptions.architecture(), profileOptions.loader(), !noVerify);
        List<Finding> model = modelOptions.findings();
        List<String> names = selection.all ? generator.profiles().names()
                : List.of(selection.profile == null ? DEFAULT_PROFILE : selection.profile);
        List<Generation> generations = names.stream().map(generator::generate).toList();
        List<Finding> input = new ArrayList<>(model);
        generations.forEach(g -> input.addAll(g.inputFindings()));
        if (generations.stream().anyMatch(g -> !g.inputOk())) {
            throw new InputException(input);
        }
        List<Finding> output = new ArrayList<>();
        generations.forEach(g -> output.addAll(g.outputFindings()));
        if (!output.isEmpty() || !input.isEmpty()) {
            List<Finding> all = new ArrayList<>(input);
            all.addAll(output);
            Failures.print(err, all);
        }
        if (output.stream().anyMatch(Finding::isError)) {
            err.println("nothing written: the rendered output has errors");
            return Main.FINDINGS;
        }
        OutputPlan plan = OutputPlan.of(generator, generations, selection.all);
        return check ? check(out, err, plan.files(), plan.scopes()) : write(out, plan.files(), plan.scopes(), generations);
    }

    private int write(PrintWriter out, FileSet files, java.util.Set<String> scopes, List<Generation> generations) {
        try {
            EmitSummary summary = Emitter.write(out(), files, scopes);
            for (Generation g : generations) {
                out.println(g.profile() + ": " + g.objects().size() + " objects → " + out().resolve("manifests")
                        .resolve(g.profile()) + ", architecture page → " + out().resolve("docs").resolve(g.profile()));
            }
            out.println("chart → " + out().resolve(ChartFiles.chartFolder(modelOptions.architecture()))
                    + ", values → " + out().resolve(ChartFiles.VALUES_FOLDER));
            summary.notes().forEach(note -> out.println("note: " + note));
            out.println(summary.counts());
            return Main.OK;
        } catch (EmitException e) {
            throw new InputException(e.findings());
        }
    }

    private int check(PrintWriter out, PrintWriter err, FileSet files, java.util.Set<String> scopes) {
        try {
            List<Difference> differences = Emitter.check(out(), files, scopes);
            if (differences.isEmpty()) {
                out.println(out() + " is current (" + files.size() + " files)");
                return Main.OK;
            }
            differences.forEach(d -> err.println(d));
            err.println(Failures.plural(differences.size(), "file") + " not current; run ./wwegen generate"
                    + (selection.all ? " --all-profiles" : ""));
            return Main.FINDINGS;
        } catch (EmitException e) {
            throw new InputException(e.findings());
        }
    }

    private Path out() {
        return out;
    }
}
