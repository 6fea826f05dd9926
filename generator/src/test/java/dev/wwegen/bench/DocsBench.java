package dev.wwegen.bench;

import dev.wwegen.docs.DocFormat;
import dev.wwegen.docs.DocsRenderer;
import dev.wwegen.dsl.reference.WweReference;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Measures how long the docs stage takes for the reference model: cold (the first PlantUML render in a
 * fresh JVM, class loading and Smetana warm-up included) and warm (later renders in the same JVM).
 * Cold runs each start a new JVM; every figure printed is a median. Not a test: run it by hand, see
 * bench/README.md.
 */
public final class DocsBench {

    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 15;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--once")) {
            System.out.println(millis(DocsBench::renderSvgs));
            return;
        }
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            cold.add(coldRun());
        }
        List<Double> warm = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        renderSvgs();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(millis(DocsBench::renderSvgs));
            all.add(millis(() -> new DocsRenderer().render(WweReference.architecture(), null, DocFormat.defaults())));
        }
        System.out.printf(Locale.ROOT, "cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "cold, both SVGs, fresh JVM (median of %d): %.0f ms%n", COLD_RUNS, median(cold));
        System.out.printf(Locale.ROOT, "warm, both SVGs (median of %d):             %.0f ms%n", WARM_RUNS, median(warm));
        System.out.printf(Locale.ROOT, "warm, all default formats (median of %d):   %.0f ms%n", WARM_RUNS, median(all));
    }

    private static void renderSvgs() {
        new DocsRenderer().render(WweReference.architecture(), null, EnumSet.of(DocFormat.SVG));
    }

    private static double coldRun() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DocsBench.class.getName(),
                "--once").redirectErrorStream(true).start();
        try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String last = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                last = line;
            }
            if (p.waitFor() != 0 || last == null) {
                throw new IllegalStateException("cold run failed: " + last);
            }
            return Double.parseDouble(last);
        }
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
