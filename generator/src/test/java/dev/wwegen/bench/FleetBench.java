package dev.wwegen.bench;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.emit.FileSet;
import dev.wwegen.fleet.CellGeneration;
import dev.wwegen.fleet.Fleet;
import dev.wwegen.fleet.FleetFiles;
import dev.wwegen.fleet.FleetGenerator;
import dev.wwegen.fleet.FleetLoader;
import dev.wwegen.gitops.GitOpsFiles;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fleet of 10 environments × N regions (each region backed by the next), generated in memory exactly as
 * {@code generate --all-profiles --fleet} does: load and check the file, load every cell twice (failover), render,
 * verify (schema, cross-references, policy, N+1), write fleet/ and gitops/ into a FileSet. Prints the median of
 * 3 runs for 100, 500 and 1,000 cells, and per cell, to show it grows linearly. Run by hand (see bench/README.md).
 */
public final class FleetBench {

    public static void main(String[] args) {
        Path profiles = Path.of(args.length > 0 ? args[0] : "profiles");
        var generator = new Generator(WweReference.architecture(), new ProfileLoader(ProfileSource.directory(profiles)));
        run(generator, 20, 1); // warm-up
        for (int regions : new int[] {10, 50, 100}) {
            List<Long> times = new ArrayList<>();
            int files = 0;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                files = run(generator, regions, 10);
                times.add((System.nanoTime() - start) / 1_000_000);
            }
            times.sort(null);
            int cells = regions * 10;
            System.out.printf("%5d cells: median %6d ms, %5.2f ms/cell, %d files (runs %s)%n", cells, times.get(1),
                    times.get(1) / (double) cells, files, times);
        }
    }

    static String fleet(int regions, int environments) {
        StringBuilder out = new StringBuilder("""
                name: bench
                delivery:
                  git: {repoURL: https://git.example.com/wwe.git}
                  chart: {repository: oci://registry.example.com/charts}
                environments:
                """);
        for (int e = 0; e < environments; e++) {
            out.append("  env").append(e).append(":\n    profile: prod\n    regions:\n");
            for (int r = 0; r < regions; r++) {
                out.append("      r").append(r).append(":\n        cluster: {name: c-").append(e).append('-').append(r)
                        .append("}\n        zones: 3\n        capacity: 2\n        host: wwe.r").append(r).append(".env")
                        .append(e).append(".example.com\n");
                if (regions > 1) {
                    out.append("        backup: r").append((r + 1) % regions).append('\n');
                }
            }
        }
        return out.toString();
    }

    static int run(Generator generator, int regions, int environments) {
        FleetLoader.Result loaded = FleetLoader.parse(fleet(regions, environments), "fleet.yaml");
        if (loaded.hasErrors()) {
            throw new IllegalStateException(loaded.findings().toString());
        }
        Fleet fleet = loaded.fleet().orElseThrow();
        List<CellGeneration> cells = new FleetGenerator(generator).generate(fleet);
        cells.forEach(c -> {
            if (!c.generation().inputOk() || !c.generation().outputOk()) {
                throw new IllegalStateException(c.cell().name() + c.generation().inputFindings()
                        + c.generation().outputFindings());
            }
        });
        FileSet.Builder files = FileSet.builder();
        FleetFiles.addTo(files, generator.architecture(), generator.profiles(), fleet, cells);
        GitOpsFiles.addTo(files, generator.architecture(), fleet, cells,
                ChartFiles.valuesDiff(generator.architecture(), generator.profiles()));
        return files.build().size();
    }
}
