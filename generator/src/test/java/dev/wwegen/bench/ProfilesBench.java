package dev.wwegen.bench;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.pipeline.OutputPlan;
import dev.wwegen.pipeline.ProfileRuns;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-profile work of {@code generate --all-profiles} for a folder of profiles, in memory in one JVM, as the
 * command does it before it writes: load, resolve, render, verify, the manifests and architecture page of each
 * profile on the available cores, then the chart and the values files. Prints the median wall and cpu time of the
 * runs after a warm-up, and per profile. Run by hand (see bench/README.md), e.g. on the 100 profiles that
 * bench/peers.sh makes.
 */
public final class ProfilesBench {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "profiles");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        var generator = new Generator(WweReference.architecture(), new ProfileLoader(ProfileSource.directory(folder)));
        List<String> names = generator.profiles().names();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int files = run(generator, names); // warm-up
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            files = run(generator, names);
            wall.add((System.nanoTime() - start) / 1e6);
            cpu.add((os.getProcessCpuTime() - cpuStart) / 1e6);
        }
        double w = median(wall);
        double c = median(cpu);
        System.out.printf(Locale.ROOT, "%d profiles, %d files: median of %d runs %.0f ms wall (%.2f ms/profile),"
                        + " %.0f ms cpu (%.2f ms/profile); %d cores%n", names.size(), files, runs, w,
                w / names.size(), c, c / names.size(), Runtime.getRuntime().availableProcessors());
    }

    private static int run(Generator generator, List<String> names) throws Exception {
        List<ProfileRuns.Run> runs = ProfileRuns.run(generator, names, OwnedFiles.none());
        OutputPlan plan = OutputPlan.of(generator, runs.stream().map(r -> r.files().orElseThrow()).toList(), true);
        return plan.files().size();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
