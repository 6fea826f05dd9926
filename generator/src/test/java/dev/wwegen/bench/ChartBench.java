package dev.wwegen.bench;

import com.marcnuri.helm.Helm;
import dev.wwegen.chart.ChartFiles;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.emit.FileSet;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.pipeline.ManifestFiles;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures, for the reference model and the shipped profiles, the median time to generate chart + values +
 * manifests for all profiles in memory (what {@code wwegen generate --all-profiles} computes before it
 * writes), and of one {@code helm template} per profile through helm-java (Helm 3, native library; the first
 * call, which loads the library, is reported apart). Not a test: run it by hand, see bench/README.md.
 */
public final class ChartBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        var architecture = WweReference.architecture();
        var loader = new ProfileLoader(ProfileSource.bundled());
        List<String> names = loader.names();
        FileSet files = generate(architecture, loader, names);
        List<Double> generate = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            files = generate(architecture, loader, names);
            generate.add((System.nanoTime() - start) / 1e6);
        }
        Path out = Files.createTempDirectory("wwegen-bench");
        for (String path : files.paths()) {
            Path file = out.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, files.bytes(path));
        }
        Path chart = out.resolve(ChartFiles.chartFolder(architecture));
        long first = System.nanoTime();
        template(chart, out, names.get(0));
        double firstMs = (System.nanoTime() - first) / 1e6;
        System.out.printf(Locale.ROOT, "files per generation: %d%n", files.size());
        System.out.printf(Locale.ROOT, "generate chart + values + manifests, %d profiles (median of %d): %.1f ms%n",
                names.size(), runs, median(generate));
        System.out.printf(Locale.ROOT, "first helm template (native Helm 3 load included): %.0f ms%n", firstMs);
        for (String profile : names) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                template(chart, out, profile);
                times.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf(Locale.ROOT, "helm template %-10s (median of %d): %.1f ms%n", profile, runs, median(times));
        }
    }

    private static FileSet generate(dev.wwegen.dsl.model.Architecture architecture, ProfileLoader loader,
                                    List<String> names) throws Exception {
        Generator generator = new Generator(architecture, loader);
        FileSet.Builder files = FileSet.builder();
        for (String name : names) {
            ManifestFiles.addTo(files, generator.generate(name), architecture.name());
        }
        ChartFiles.addTo(files, architecture, loader, names, true);
        return files.build();
    }

    private static String template(Path chart, Path out, String profile) {
        return new Helm(chart).template().withName("wwe").withNamespace("wwe").withKubeVersion("v1.34.0")
                .withValuesFile(out.resolve(ChartFiles.valuesPath(profile))).call();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
