package dev.wwegen.verify.kubeconform;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.ObjectRef;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns kubeconform's results into findings of the kubeconform layer: one error per validation error of
 * an invalid resource (at its JSON pointer, on the line wwegen finds for it), one error for a resource
 * kubeconform could not read, and a notice for one it skipped.
 */
public final class KubeconformLayer {

    /** The rule id of kubeconform's findings. */
    public static final String RULE = "kubeconform";

    private static final Pattern LINE = Pattern.compile("line ([0-9]+)");

    private KubeconformLayer() {
    }

    /**
     * What the layer did and found.
     *
     * @param status   for the summary line: {@code v0.7.0}, {@code not found}, or {@code failed: reason}
     * @param findings kubeconform's findings
     */
    public record Outcome(String status, List<ValidationFinding> findings) {

        /** Whether kubeconform could not be run, or did not finish. */
        public boolean failed() {
            return status.startsWith(FAILED);
        }
    }

    private static final String FAILED = "failed: ";

    /** Runs the binary on the sources; a failure to run it is reported in the status, never thrown. */
    public static Outcome run(java.nio.file.Path binary, List<dev.wwegen.verify.input.Source> sources,
                              List<Resource> resources, dev.wwegen.verify.KubernetesSchema schema) {
        KubeconformRunner runner = new KubeconformRunner(binary);
        try {
            String version = runner.version();
            java.util.Set<dev.wwegen.verify.GroupVersionKind> kinds = new java.util.TreeSet<>();
            resources.forEach(r -> kinds.add(dev.wwegen.verify.GroupVersionKind.of(
                    r.body().path("apiVersion").asText(""), r.kind())));
            KubeconformOutput output = runner.validate(sources, kinds, schema);
            return new Outcome(version, findings(output, resources));
        } catch (java.io.IOException e) {
            return new Outcome(FAILED + e.getMessage(), List.of());
        }
    }

    public static List<ValidationFinding> findings(KubeconformOutput output, List<Resource> resources) {
        List<ValidationFinding> findings = new ArrayList<>();
        for (KubeconformOutput.Result result : output.results()) {
            Resource resource = resources.stream()
                    .filter(r -> r.file().equals(result.file()) && r.kind().equals(result.kind())
                            && r.name().equals(result.name()))
                    .findFirst().orElse(null);
            switch (result.status()) {
                case "statusInvalid" -> result.errors().forEach(e -> findings.add(finding(Severity.ERROR, result,
                        resource, e.path(), e.message())));
                case "statusError" -> findings.add(finding(Severity.ERROR, result, resource, "",
                        firstLine(result.message())));
                case "statusSkipped" -> findings.add(finding(Severity.INFO, result, resource, "", "skipped"));
                default -> { }
            }
        }
        return findings;
    }

    private static ValidationFinding finding(Severity severity, KubeconformOutput.Result result, Resource resource,
                                             String path, String message) {
        if (resource != null) {
            return ValidationFinding.about(Layer.KUBECONFORM, RULE, severity, resource, path, message, "");
        }
        Matcher line = LINE.matcher(result.message());
        int at = line.find() ? Integer.parseInt(line.group(1)) : 0;
        String where = at > 0 ? result.file() + ":" + at : result.file();
        ObjectRef object = new ObjectRef(result.version(), result.kind(), "", result.name());
        return new ValidationFinding(Layer.KUBECONFORM, RULE, new Finding(severity, where, path, message, ""), object,
                result.file(), at);
    }

    private static String firstLine(String message) {
        String flat = message.replace("\n ", " ").replace('\n', ' ').replaceAll("\\s+", " ");
        return flat.isBlank() ? "kubeconform could not validate it" : flat.strip();
    }
}
