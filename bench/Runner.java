import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs pairs of whole-process commands interleaved (a, b, a, b, ...) so that their ratio holds while the
 * machine's speed drifts, and prints the medians of wall time, cpu time (user + sys) and peak RSS.
 * Used by {@code bench/peers.sh}; run with {@code java bench/Runner.java} (no build step).
 *
 * <pre>
 * java bench/Runner.java RUNS LABEL TARGET A_NAME A_CMD [B_NAME B_CMD]
 * </pre>
 *
 * Each command runs with {@code bash -c}; a command's first run is a warm-up and is not counted. cpu and
 * RSS come from GNU time ({@code /usr/bin/time}) when it is there; otherwise only wall time is printed.
 * Prints one Markdown table row: label, each side's medians, the ratios a/b, the target, and the load.
 */
public final class Runner {

    private static final Path TIME = Path.of("/usr/bin/time");

    record Sample(double wall, double cpu, long rssKb) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 7) {
            System.err.println("usage: java Runner.java RUNS LABEL TARGET A_NAME A_CMD [B_NAME B_CMD]");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        String label = args[1];
        String target = args[2];
        String aCmd = args[4];
        String bCmd = args.length == 7 ? args[6] : null;
        String loadBefore = load();
        run(aCmd);
        if (bCmd != null) {
            run(bCmd);
        }
        List<Sample> a = new ArrayList<>();
        List<Sample> b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Alternate who goes first, so neither always runs right after the other's page-cache warm-up.
            if (bCmd != null && i % 2 == 1) {
                b.add(run(bCmd));
                a.add(run(aCmd));
            } else {
                a.add(run(aCmd));
                if (bCmd != null) {
                    b.add(run(bCmd));
                }
            }
        }
        Sample ma = median(a);
        StringBuilder row = new StringBuilder("| ").append(label).append(" | ").append(args[3]).append(": ")
                .append(describe(ma));
        if (bCmd != null) {
            Sample mb = median(b);
            row.append(" | ").append(args[5]).append(": ").append(describe(mb)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f× wall", ma.wall / mb.wall));
            if (ma.cpu >= 0 && mb.cpu > 0) {
                row.append(String.format(Locale.ROOT, ", %.2f× cpu", ma.cpu / mb.cpu));
            }
        } else {
            row.append(" | — | —");
        }
        row.append(" | ").append(target).append(" | ").append(loadBefore).append(" → ").append(load()).append(" |");
        System.out.println(row);
    }

    private static String describe(Sample s) {
        String text = String.format(Locale.ROOT, "%.2f s wall", s.wall);
        if (s.cpu >= 0) {
            text += String.format(Locale.ROOT, ", %.2f s cpu, %d MB", s.cpu, Math.round(s.rssKb / 1024.0));
        }
        return text;
    }

    private static Sample run(String command) throws IOException, InterruptedException {
        boolean gnuTime = Files.isExecutable(TIME);
        Path report = Files.createTempFile("bench-time", ".txt");
        try {
            List<String> argv = new ArrayList<>();
            if (gnuTime) {
                argv.addAll(List.of(TIME.toString(), "-o", report.toString(), "-f", "%e %U %S %M"));
            }
            argv.addAll(List.of("bash", "-c", command));
            ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            int code = builder.start().waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("command failed (exit " + code + "): " + command);
            }
            if (!gnuTime) {
                return new Sample(wall, -1, -1);
            }
            List<String> lines = Files.readAllLines(report);
            String[] f = lines.get(lines.size() - 1).trim().split(" ");
            return new Sample(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                    Long.parseLong(f[3]));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static Sample median(List<Sample> samples) {
        return new Sample(median(samples.stream().mapToDouble(Sample::wall).toArray()),
                median(samples.stream().mapToDouble(Sample::cpu).toArray()),
                Math.round(median(samples.stream().mapToDouble(Sample::rssKb).toArray())));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
    }
}
