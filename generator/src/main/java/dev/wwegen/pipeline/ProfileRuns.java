package dev.wwegen.pipeline;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.chart.ValuesFiles;
import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.profile.ProfileResult;
import dev.wwegen.verify.KubernetesSchema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

/**
 * Generates many profiles on the available cores (a parallel stream keeps their order) and makes each good
 * profile's files as soon as it is generated, keeping only its findings, its object count and its files:
 * the rendered objects of one profile are garbage before the next one is rendered, so memory grows with
 * the output's bytes, not with the objects behind them.
 *
 * <p>Each profile is loaded once: the profile that is rendered also gives its values file and its namespace
 * (for the chart's README). What every profile needs and a fresh JVM makes slowly (the Kubernetes schema index)
 * is started at once beside the first profile; the chart's own values are made once for all.
 */
public final class ProfileRuns {

    /**
     * One profile's outcome.
     *
     * @param generation its findings and release, without the objects
     * @param objects    how many objects it rendered
     * @param files      its manifests, architecture page and values file, when it rendered without error findings
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
        String model = generator.architecture().name();
        // made beside the first profiles, which need it only once they are rendered
        CompletableFuture<ValuesFiles> values = CompletableFuture.supplyAsync(
                () -> ValuesFiles.of(generator.architecture(), generator.profiles()));
        return names.parallelStream().map(name -> {
            ProfileResult loaded = generator.profiles().load(name);
            Generation g = generator.generate(loaded, ManifestLayout.folder(name));
            Optional<OutputPlan.ProfileFiles> files = Optional.empty();
            if (g.inputOk() && g.outputOk()) {
                SortedMap<String, byte[]> own = OutputPlan.files(model, g, output);
                own.put(ChartFiles.valuesPath(name),
                        values.join().file(loaded.profile().orElseThrow()).getBytes(StandardCharsets.UTF_8));
                files = Optional.of(new OutputPlan.ProfileFiles(name, g.release().orElseThrow().namespace(), own));
            }
            return new Run(g.withoutObjects(), g.objects().size(), files);
        }).toList();
    }
}
