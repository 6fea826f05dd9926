package dev.wwegen.cli;

import dev.wwegen.api.ModelCompiler;
import dev.wwegen.api.ModelFindings;
import dev.wwegen.api.ModelLoad;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.reference.WweReference;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which model a command runs: {@code --model PATH} (a .java file or a folder of sources, compiled in
 * process), else the built-in WWE reference. A model that does not compile, build or pass its rules is
 * bad input (exit 2) with each finding at its source line.
 */
final class ModelOptions {

    @Option(names = "--model", paramLabel = "PATH",
            description = "Your own model: a .java file or a folder of .java files with one entry point (a class"
                    + " implementing dev.wwegen.dsl.model.ArchitectureModel, or with public static Architecture"
                    + " architecture()). Default: the built-in WWE reference model.")
    Path path;

    private ModelLoad loaded;

    /** The model's architecture, after its rules pass; throws {@link InputException} otherwise. */
    Architecture architecture() {
        ModelLoad load = load();
        if (!load.ok()) {
            throw new InputException(load.findings());
        }
        List<Finding> findings = ModelFindings.check(load.architecture().orElseThrow(), load.sources());
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new InputException(findings);
        }
        return load.architecture().orElseThrow();
    }

    /** Findings of the model rules (warnings only, once {@link #architecture()} returned). */
    List<Finding> findings() {
        ModelLoad load = load();
        return load.ok() ? ModelFindings.check(load.architecture().orElseThrow(), load.sources()) : load.findings();
    }

    private ModelLoad load() {
        if (loaded == null) {
            loaded = path == null
                    ? new ModelLoad(Optional.of(WweReference.architecture()), List.of(), name -> Optional.empty())
                    : ModelCompiler.load(path);
        }
        return loaded;
    }
}
