package dev.wwegen.pipeline;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.chart.ValuesFiles;
import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.profile.ProfileResult;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Generates many profiles on the available cores (a parallel stream keeps their order) and makes each good
 * profile's files as soon as it is generated, keeping only its findings, its object count and its files:
 * the rendered objects of one profile are garbage before the next one is rendered, so memory grows with
 * the output's bytes, not with the objects behind them.
 *
 * <p>Each profile is loaded once: the profile that is rendered also gives its values file and its namespace
 * (for the chart's README). The chart's own values are made once for all.
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
        return run(generator, names, output, List.of());
    }

    /**
     * As {@link #run(Generator, List, OwnedFiles)}, with other work on the same cores: each of {@code alongside} is
     * one more task of the profiles' stream, taken by whichever thread reaches it. A fleet and the chart go here.
     * (Measured, shipped set, 9 interleaved runs: 1.11 s against 1.16 s with the fleet as a common-pool task of its
     * own beside the stream. Either way the cells a task's own parallel stream forks are run by pool threads only,
     * never by the caller's.)
     */
    public static List<Run> run(Generator generator, List<String> names, OwnedFiles output,
                                List<Runnable> alongside) {
        String model = generator.architecture().name();
        // Made by the first profile that needs it (a few milliseconds), never waited for behind other work.
        Supplier<ValuesFiles> values = once(() -> ValuesFiles.of(generator.architecture(), generator.profiles()));
        return IntStream.range(-alongside.size(), names.size()).parallel().mapToObj(i -> {
            if (i < 0) {
                alongside.get(alongside.size() + i).run();
                return null;
            }
            String name = names.get(i);
            ProfileResult loaded = generator.profiles().load(name);
            Generation g = generator.generate(loaded, ManifestLayout.folder(name));
            Optional<OutputPlan.ProfileFiles> files = Optional.empty();
            if (g.inputOk() && g.outputOk()) {
                SortedMap<String, byte[]> own = OutputPlan.files(model, g, output);
                own.put(ChartFiles.valuesPath(name),
                        values.get().file(loaded.profile().orElseThrow()).getBytes(StandardCharsets.UTF_8));
                files = Optional.of(new OutputPlan.ProfileFiles(name, g.release().orElseThrow().namespace(), own));
            }
            return new Run(g.withoutObjects(), g.objects().size(), files);
        }).filter(Objects::nonNull).toList();
    }

    /** The value {@code make} gives, made once, by the first caller. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
