package dev.wwegen.api;

import dev.wwegen.docs.DocFormat;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.emit.Difference;
import dev.wwegen.emit.EmitException;
import dev.wwegen.emit.EmitSummary;
import dev.wwegen.emit.Emitter;
import dev.wwegen.emit.FileSet;
import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.pipeline.DocsFiles;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.pipeline.OutputPlan;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The generator as a library: a model, a folder of profiles and an output folder in, a {@link Result}
 * with every finding out. Everything is rendered and checked in memory first; files are written (atomically,
 * only files wwegen owns) only when the model, every profile and every rendered object are good.
 *
 * <pre>{@code
 * Result result = Wwegen.run(new MyEstate().architecture(), Path.of("profiles"), Path.of("output"),
 *         List.of(), Wwegen.Mode.GENERATE);
 * result.findings().forEach(f -> System.err.println(f.format()));
 * if (result.exitCode() != 0) throw new IllegalStateException(result.summary());
 * }</pre>
 */
public final class Wwegen {

    /** What {@link #run} does with the rendered files. */
    public enum Mode {
        /** Write chart, values, manifests and docs. */
        GENERATE,
        /** Write nothing; exit code 1 when a file under the output folder is not current. */
        CHECK,
        /** Write nothing; render and verify every profile (schema, cross-references, policy). */
        VALIDATE,
        /** Write the architecture pages only ({@code docs/<profile>/}). */
        DOCS
    }

    /**
     * What a run found and did.
     *
     * @param exitCode 0 ok; 1 error findings in the output, or stale files ({@link Mode#CHECK}); 2 bad
     *                 input (model or profile)
     * @param findings every finding, model findings located at their source lines
     * @param messages what was written or is stale, one line each
     */
    public record Result(int exitCode, List<Finding> findings, List<String> messages) {

        /**
         * @param exitCode 0, 1 or 2
         * @param findings every finding
         * @param messages one line each
         */
        public Result {
            findings = List.copyOf(findings);
            messages = List.copyOf(messages);
        }

        /**
         * @return true when a finding is a warning
         */
        public boolean hasWarnings() {
            return findings.stream().anyMatch(f -> !f.isError());
        }

        /**
         * @return the messages and findings as the CLI prints them
         */
        public String summary() {
            List<String> lines = new ArrayList<>();
            findings.forEach(f -> lines.add(f.format()));
            lines.addAll(messages);
            return String.join("\n", lines);
        }
    }

    private Wwegen() {
    }

    /**
     * Runs the pipeline for a model built elsewhere (its findings are located with the DSL's call sites
     * and the package path of the class that made each call).
     *
     * @param architecture the model
     * @param profiles     folder of profile YAML files
     * @param out          output folder (for {@link Mode#DOCS}, {@code docs/} goes under it)
     * @param profileNames profiles to generate; empty for every profile in the folder
     * @param mode         what to do
     * @return exit code, findings and messages
     */
    public static Result run(Architecture architecture, Path profiles, Path out, List<String> profileNames, Mode mode) {
        return run(new ModelLoad(Optional.of(architecture), List.of(), name -> Optional.empty()), profiles, out,
                profileNames, mode);
    }

    /**
     * Runs the pipeline for a loaded model ({@link ModelLoader}, {@link ModelCompiler}).
     *
     * @param model        the loaded model, or its findings
     * @param profiles     folder of profile YAML files
     * @param out          output folder
     * @param profileNames profiles to generate; empty for every profile in the folder
     * @param mode         what to do
     * @return exit code, findings and messages
     */
    public static Result run(ModelLoad model, Path profiles, Path out, List<String> profileNames, Mode mode) {
        if (!model.ok()) {
            return new Result(2, model.findings(), List.of("nothing written: the model did not build"));
        }
        Architecture architecture = model.architecture().orElseThrow();
        List<Finding> findings = new ArrayList<>(ModelFindings.check(architecture, model.sources()));
        if (findings.stream().anyMatch(Finding::isError)) {
            return new Result(2, findings, List.of("nothing written: the model breaks its rules"));
        }
        Generator generator = new Generator(architecture, new ProfileLoader(ProfileSource.directory(profiles)),
                mode != Mode.DOCS);
        boolean every = profileNames.isEmpty();
        List<String> names;
        try {
            names = every ? generator.profiles().names() : profileNames;
        } catch (IOException e) {
            findings.add(Finding.error(profiles.toString(), "", "cannot list the profiles: " + e.getMessage(),
                    "give a folder of profile YAML files"));
            return new Result(2, findings, List.of());
        }
        if (names.isEmpty()) {
            findings.add(Finding.error(profiles.toString(), "", "no profile found", "add e.g. profiles/dev.yaml"));
            return new Result(2, findings, List.of());
        }
        List<Generation> generations = names.stream().map(generator::generate).toList();
        generations.forEach(g -> findings.addAll(g.inputFindings()));
        if (generations.stream().anyMatch(g -> !g.inputOk())) {
            return new Result(2, findings, List.of("nothing written: a profile does not fit"));
        }
        generations.forEach(g -> findings.addAll(g.outputFindings()));
        if (findings.stream().anyMatch(Finding::isError)) {
            return new Result(1, findings, List.of("nothing written: the rendered output has errors"));
        }
        try {
            return switch (mode) {
                case VALIDATE -> new Result(0, findings, List.of(generations.size() + " profiles valid"));
                case DOCS -> docs(out, generations, findings);
                case CHECK -> check(out, OutputPlan.of(generator, generations, every, OwnedFiles.in(out)), findings);
                case GENERATE -> write(out, OutputPlan.of(generator, generations, every, OwnedFiles.in(out)), findings);
            };
        } catch (IOException e) {
            findings.add(Finding.error(out.toString(), "", "cannot render the output: " + e.getMessage(), ""));
            return new Result(2, findings, List.of());
        }
    }

    private static Result write(Path out, OutputPlan plan, List<Finding> findings) {
        try {
            EmitSummary summary = Emitter.write(out, plan.files(), plan.scopes());
            return new Result(0, findings, List.of(out + ": " + summary.counts()));
        } catch (EmitException e) {
            findings.addAll(e.findings());
            return new Result(2, findings, List.of("nothing written"));
        }
    }

    private static Result check(Path out, OutputPlan plan, List<Finding> findings) {
        try {
            List<Difference> differences = Emitter.check(out, plan.files(), plan.scopes());
            if (differences.isEmpty()) {
                return new Result(0, findings, List.of(out + " is current (" + plan.files().size() + " files)"));
            }
            List<String> lines = new ArrayList<>(differences.stream().map(Difference::toString).toList());
            lines.add(differences.size() + " files not current; regenerate");
            return new Result(1, findings, lines);
        } catch (EmitException e) {
            findings.addAll(e.findings());
            return new Result(2, findings, List.of());
        }
    }

    private static Result docs(Path out, List<Generation> generations, List<Finding> findings) {
        FileSet.Builder files = FileSet.builder();
        List<String> scopes = new ArrayList<>();
        OwnedFiles earlier = OwnedFiles.in(out);
        for (Generation g : generations) {
            String folder = DocsFiles.folder(g.profile());
            DocsFiles.render(g.release().orElseThrow().architecture(), g.release().orElseThrow(), DocFormat.defaults(),
                            earlier, folder)
                    .forEach((path, bytes) -> files.add(folder + path, bytes));
            scopes.add(folder);
        }
        try {
            EmitSummary summary = Emitter.write(out, files.build(), Set.copyOf(scopes));
            return new Result(0, findings, List.of(out + ": " + summary.counts()));
        } catch (EmitException e) {
            findings.addAll(e.findings());
            return new Result(2, findings, List.of("nothing written"));
        }
    }

    /**
     * A {@link ModelLoad} for a model class already on the class path (the Maven plugin's case).
     *
     * @param className   fully qualified entry-point class
     * @param loader      sees the model and the DSL
     * @param sourceRoots folders of the model's sources, to name {@code File.java:line} in findings
     * @return the loaded model or its findings
     */
    public static ModelLoad load(String className, ClassLoader loader, List<Path> sourceRoots) {
        Function<String, Optional<String>> sources = name -> {
            String relative = name.replace('.', '/') + ".java";
            return sourceRoots.stream().map(root -> root.resolve(relative))
                    .filter(java.nio.file.Files::isRegularFile).findFirst().map(Path::toString);
        };
        return ModelLoader.fromClassName(className, loader, sources);
    }
}
