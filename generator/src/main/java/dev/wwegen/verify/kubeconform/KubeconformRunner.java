package dev.wwegen.verify.kubeconform;

import dev.wwegen.text.InputText;
import dev.wwegen.text.TerminalText;
import dev.wwegen.verify.GroupVersionKind;
import dev.wwegen.verify.KubernetesSchema;
import dev.wwegen.verify.input.Source;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs kubeconform as a process: {@code -strict -summary -output json -ignore-missing-schemas
 * -schema-location DIR} on a copy of each source in a temporary folder, where DIR holds the schemas
 * {@link SchemaExport} writes for the kinds in the input, so it needs no network. Custom resources have no
 * exported schema and are skipped by kubeconform as by wwegen's schema layer.
 */
public final class KubeconformRunner {

    /** How long one kubeconform run may take. */
    public static final long TIMEOUT_SECONDS = 120;
    private static final long MAX_OUTPUT = 256L << 20;

    private final Path binary;
    private final long timeoutSeconds;

    public KubeconformRunner(Path binary) {
        this(binary, TIMEOUT_SECONDS);
    }

    KubeconformRunner(Path binary, long timeoutSeconds) {
        this.binary = binary;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** {@code kubeconform} on the PATH, if there is one. */
    public static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubeconform");
            if (Files.isExecutable(candidate) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What {@code kubeconform -v} prints, e.g. {@code v0.7.0}. */
    public String version() throws IOException {
        Run run = run(List.of(binary.toString(), "-v"), null);
        String version = run.output().strip();
        if (run.exit() != 0 || version.isEmpty() || version.lines().count() > 1) {
            throw new IOException(failure(run, "-v"));
        }
        return version;
    }

    /** Validates the sources; file names in the result are the sources' names. */
    public KubeconformOutput validate(List<Source> sources, Set<GroupVersionKind> kinds, KubernetesSchema schema)
            throws IOException {
        Path work = Files.createTempDirectory("wwegen-kubeconform");
        try {
            new SchemaExport(schema).write(work.resolve("schemas"), kinds);
            RouteSchemaExport.write(work.resolve("crd-schemas"));
            Map<String, String> names = new LinkedHashMap<>();
            List<String> command = new ArrayList<>(List.of(binary.toString(), "-strict", "-summary", "-output", "json",
                    "-ignore-missing-schemas", "-schema-location", work.resolve("schemas").toString(),
                    "-schema-location", work.resolve("crd-schemas") + "/" + RouteSchemaExport.TEMPLATE));
            for (int i = 0; i < sources.size(); i++) {
                Path file = work.resolve("input-" + (i + 1) + ".yaml");
                Files.writeString(file, sources.get(i).text(), StandardCharsets.UTF_8);
                names.put(file.toString(), sources.get(i).name());
                command.add(file.toString());
            }
            Run run = run(command, work);
            // kubeconform exits 1 when a resource is invalid; anything else, or no JSON, is a failure to run.
            if (run.exit() > 1 || !run.output().contains("{")) {
                throw new IOException(failure(run, "on the inputs"));
            }
            KubeconformOutput output = KubeconformOutput.parse(run.output());
            List<KubeconformOutput.Result> renamed = output.results().stream()
                    .map(r -> new KubeconformOutput.Result(names.getOrDefault(r.file(), r.file()), r.kind(), r.name(),
                            r.version(), r.status(), r.message(), r.errors()))
                    .toList();
            return new KubeconformOutput(renamed, output.valid(), output.invalid(), output.errors(), output.skipped());
        } finally {
            delete(work);
        }
    }

    /** What a run printed and how it ended. */
    record Run(int exit, String output) {
    }

    /**
     * Runs {@code command} with its output going to a file, so waiting is what bounds it: a kubeconform that
     * hangs is killed after {@value #TIMEOUT_SECONDS} s (reading its output first would wait forever).
     */
    private Run run(List<String> command, Path directory) throws IOException {
        Path log = Files.createTempFile("wwegen-kubeconform", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                    throw new IOException(binary + " did not finish within " + timeoutSeconds + " s");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + binary, e);
            }
            return new Run(process.exitValue(), new InputText(new InputText.Limits(MAX_OUTPUT, MAX_OUTPUT))
                    .read(log, binary + "'s output"));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private String failure(Run run, String what) {
        String output = run.output().strip();
        String first = output.isEmpty() ? "no output" : output.lines().findFirst().orElse("");
        return binary + " " + what + " exited " + run.exit() + ": " + TerminalText.visible(first);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
