package dev.wwegen.pipeline;

import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.verify.KubernetesSchema;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Generates many profiles on the available cores (a parallel stream keeps their order) and makes each good
 * profile's files as soon as it is generated, keeping only its findings, its object count and its files:
 * the rendered objects of one profile are garbage before the next one is rendered, so memory grows with
 * the output's bytes, not with the objects behind them.
 *
 * <p>What every profile needs and a fresh JVM makes slowly (the Kubernetes schema index) is started at
 * once beside the first profile, and so are the diagrams of every profile ({@link DiagramsAhead}), unless the output
 * folder still holds them.
 */
public final class ProfileRuns {

    /**
     * One profile's outcome.
     *
     * @param generation its findings and release, without the objects
     * @param objects    how many objects it rendered
     * @param files      its manifests and architecture page, when it rendered without error findings
     */
    public record Run(Generation generation, int objects, Optional<OutputPlan.ProfileFiles> files) {
    }

    private ProfileRuns() {
    }

    /**
     * @param output the output folder's files from an earlier run; its diagrams are used again where still current
     */
    public static List<Run> run(Generator generator, List<String> names, OwnedFiles output) {
        if (generator.verifies()) {
            CompletableFuture.runAsync(KubernetesSchema::bundled);
        }
        DiagramsAhead.start(generator, names, output);
        String model = generator.architecture().name();
        return names.parallelStream().map(name -> {
            Generation g = generator.generate(name);
            Optional<OutputPlan.ProfileFiles> files = g.inputOk() && g.outputOk()
                    ? Optional.of(new OutputPlan.ProfileFiles(name, OutputPlan.files(model, g, output)))
                    : Optional.empty();
            return new Run(g.withoutObjects(), g.objects().size(), files);
        }).toList();
    }
}
