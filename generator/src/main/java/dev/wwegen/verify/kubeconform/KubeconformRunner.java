package dev.wwegen.verify.kubeconform;

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

    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;

    public KubeconformRunner(Path binary) {
        this.binary = binary;
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
        return run(List.of(binary.toString(), "-v"), null).strip();
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
            KubeconformOutput output = KubeconformOutput.parse(run(command, work));
            List<KubeconformOutput.Result> renamed = output.results().stream()
                    .map(r -> new KubeconformOutput.Result(names.getOrDefault(r.file(), r.file()), r.kind(), r.name(),
                            r.version(), r.status(), r.message(), r.errors()))
                    .toList();
            return new KubeconformOutput(renamed, output.valid(), output.invalid(), output.errors(), output.skipped());
        } finally {
            delete(work);
        }
    }

    private String run(List<String> command, Path directory) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("kubeconform did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for kubeconform", e);
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
