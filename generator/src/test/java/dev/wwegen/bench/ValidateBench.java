package dev.wwegen.bench;

import dev.wwegen.verify.ValidationOptions;
import dev.wwegen.verify.Validator;
import dev.wwegen.verify.input.InputReader;
import dev.wwegen.verify.input.Inputs;
import dev.wwegen.verify.input.Source;
import dev.wwegen.verify.model.ValidationFinding;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Validator speed, run by hand (see bench/README.md), never in the test suite.
 *
 * <ul>
 *   <li>{@code startup}: in this fresh JVM, the time from JVM start to the first result of validating one
 *       Deployment (all in-process layers, text parsed), i.e. what a {@code wwegen validate} run waits for;</li>
 *   <li>default: start-up measured in 5 fresh JVMs (median), then warm throughput (parse + schema +
 *       cross-reference + policy) on 1,000 to 20,000 objects: copies of the prod profile's 8 objects, one
 *       namespace per copy.</li>
 * </ul>
 */
public final class ValidateBench {

    private ValidateBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("startup")) {
            startup();
            return;
        }
        System.out.println("start-up (fresh JVM, time to first result), 5 runs: median " + freshJvmMedian(5) + " ms");
        String copy = resource("/verify/prod.yaml");
        int[] sizes = {1_000, 2_000, 5_000, 10_000, 20_000};
        warm(copy, 2_000, 5);
        System.out.println("objects   median ms   objects/s   (parse+schema+crossref+policy; 2 cores)");
        for (int size : sizes) {
            long ms = warm(copy, size, size >= 10_000 ? 5 : 9);
            System.out.printf("%7d   %9d   %9d%n", size, ms, size * 1000L / Math.max(1, ms));
        }
    }

    private static void startup() throws IOException {
        String deployment = resource("/verify/prod.yaml");
        Inputs inputs = InputReader.parse(List.of(new Source("prod.yaml", deployment)), List.of());
        List<ValidationFinding> findings = new Validator(ValidationOptions.DEFAULTS).validate(inputs.resources());
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(uptime + " " + findings.size());
    }

    private static long freshJvmMedian(int runs) throws Exception {
        long[] times = new long[runs];
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int i = 0; i < runs; i++) {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ValidateBench.class.getName(), "startup").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            times[i] = Long.parseLong(out.split(" ")[0]);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Median wall time of parsing and validating {@code size} objects. */
    private static long warm(String copy, int size, int runs) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < size / 8; i++) {
            sources.add(new Source("copy-" + i + ".yaml", copy.replace("namespace: wwe", "namespace: wwe-" + i)));
        }
        Validator validator = new Validator(ValidationOptions.DEFAULTS);
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            Inputs inputs = InputReader.parse(sources, List.of());
            List<ValidationFinding> findings = validator.validate(inputs.resources());
            times[r] = (System.nanoTime() - start) / 1_000_000;
            if (!findings.isEmpty() || inputs.resources().size() != size) {
                throw new IllegalStateException("bench input is not clean: " + findings.get(0));
            }
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ValidateBench.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
