package dev.wwegen.cli;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.chart.ValuesFiles;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.emit.Difference;
import dev.wwegen.emit.EmitException;
import dev.wwegen.emit.EmitSummary;
import dev.wwegen.emit.Emitter;
import dev.wwegen.emit.FileSet;
import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.pipeline.OutputPlan;
import dev.wwegen.pipeline.ProfileRuns;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

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

    @Option(names = "--fleet", paramLabel = "FILE", description = "Fleet file to generate (environments × regions)"
            + " into fleet/ and gitops/ (default with --all-profiles, the ./profiles folder and no --model: ./fleet.yaml when it exists).")
    Path fleet;

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
        // The fleet's cells are generated beside the profiles, on the same cores (the fleet needs none of their
        // results); its findings are still reported after theirs.
        Optional<Path> fleetFile = fleetFile();
        CompletableFuture<Optional<FleetPlan>> fleetRun = new CompletableFuture<>();
        // So is the chart, but for its README (which lists the profiles).
        CompletableFuture<ChartFiles.Prepared> chartRun = new CompletableFuture<>();
        List<ProfileRuns.Run> runs = ProfileRuns.run(generator, names, OwnedFiles.in(out()), List.of(
                () -> Joined.complete(fleetRun, () -> fleetFile.map(file -> FleetPlan.of(generator, file))),
                () -> Joined.complete(chartRun, () -> ChartFiles.prepare(generator.architecture(),
                        ValuesFiles.of(generator.architecture(), generator.profiles())))));
        List<Generation> generations = runs.stream().map(ProfileRuns.Run::generation).toList();
        List<Finding> input = new ArrayList<>(model);
        generations.forEach(g -> input.addAll(g.inputFindings()));
        if (generations.stream().anyMatch(g -> !g.inputOk())) {
            throw new InputException(input);
        }
        Optional<FleetPlan> fleetPlan = Joined.result(fleetRun);
        fleetPlan.ifPresent(f -> input.addAll(f.inputFindings()));
        if (input.stream().anyMatch(Finding::isError)) {
            throw new InputException(input);
        }
        List<Finding> output = new ArrayList<>();
        generations.forEach(g -> output.addAll(g.outputFindings()));
        fleetPlan.ifPresent(f -> output.addAll(f.outputFindings()));
        if (!output.isEmpty() || !input.isEmpty()) {
            List<Finding> all = new ArrayList<>(input);
            all.addAll(output);
            Failures.print(err, all);
        }
        if (output.stream().anyMatch(Finding::isError)) {
            err.println("nothing written: the rendered output has errors");
            return Main.FINDINGS;
        }
        OutputPlan profiles = OutputPlan.of(generator, runs.stream().map(r -> r.files().orElseThrow()).toList(),
                selection.all, Joined.result(chartRun));
        OutputPlan plan = fleetPlan.map(f -> profiles.plus(f.files(), f.scopes())).orElse(profiles);
        if (check) {
            return check(out, err, plan.files(), plan.scopes());
        }
        int written = write(out, plan.files(), plan.scopes(), runs);
        fleetPlan.ifPresent(f -> out.println("fleet: " + f.cells() + " cells → " + out().resolve("fleet")
                + ", Argo CD and Flux → " + out().resolve("gitops")));
        return written;
    }

    private int write(PrintWriter out, FileSet files, Set<String> scopes, List<ProfileRuns.Run> runs) {
        try {
            EmitSummary summary = Emitter.write(out(), files, scopes);
            for (ProfileRuns.Run run : runs) {
                Generation g = run.generation();
                out.println(g.profile() + ": " + run.objects() + " objects → " + out().resolve("manifests")
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

    private int check(PrintWriter out, PrintWriter err, FileSet files, Set<String> scopes) {
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

    private Optional<Path> fleetFile() {
        if (fleet != null) {
            return Optional.of(fleet);
        }
        Path shipped = Path.of(dev.wwegen.fleet.FleetLoader.DEFAULT_FILE);
        // ./fleet.yaml belongs to the model and the profiles of this folder: a --model of one's own, or another
        // --profiles folder, names its fleet with --fleet
        return selection.all && modelOptions.path == null && profileOptions.isDefaultFolder()
                && Files.isRegularFile(shipped) ? Optional.of(shipped)
                : Optional.empty();
    }

    private Path out() {
        return out;
    }
}
