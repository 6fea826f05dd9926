package dev.wwegen.verify.model;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.check.Severity;

import java.util.Comparator;
import java.util.Objects;

/**
 * A {@link Finding} as the validator reports it: which layer and rule found it, the object it is about,
 * and the file and line. The finding's {@code where} is {@code file:line} (or {@code file:line:col} for
 * syntax errors), its path a JSON pointer into the object.
 *
 * @param layer   the layer that found it
 * @param rule    a stable id: the policy rule ({@code run-as-non-root}), the cross-reference check
 *                ({@code ingress-backend-resolves}), or the layer's own ({@code schema}, {@code yaml})
 * @param finding severity, where, path, reason and hint
 * @param object  the object, or {@link ObjectRef#NONE} for a problem of the file
 * @param file    the input as named by the user
 * @param line    1-based; 0 when unknown
 */
public record ValidationFinding(Layer layer, String rule, Finding finding, ObjectRef object, String file, int line) {

    /** Report order: file, line, layer, path, reason. */
    public static final Comparator<ValidationFinding> ORDER = Comparator.comparing(ValidationFinding::file)
            .thenComparingInt(ValidationFinding::line)
            .thenComparing(ValidationFinding::layer)
            .thenComparing(f -> f.finding().path())
            .thenComparing(f -> f.finding().reason());

    public ValidationFinding {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(file, "file");
    }

    /** A finding about a field of {@code resource}; the line is looked up from the path. */
    public static ValidationFinding about(Layer layer, String rule, Severity severity, Resource resource,
                                          String path, String reason, String hint) {
        int line = resource.lineOf(path);
        Finding finding = new Finding(severity, line > 0 ? resource.file() + ":" + line : resource.file(), path,
                reason, hint);
        return new ValidationFinding(layer, rule, finding, resource.ref(), resource.file(), line);
    }

    /** Re-homes a finding produced for {@code resource} (such as a schema finding) at its line. */
    public static ValidationFinding of(Layer layer, String rule, Finding finding, Resource resource) {
        return about(layer, rule, finding.severity(), resource, finding.path(), finding.reason(), finding.hint());
    }

    public Severity severity() {
        return finding.severity();
    }

    public boolean isError() {
        return finding.isError();
    }

    /** The same finding with another severity (policy {@code warn} mode turns errors into warnings). */
    public ValidationFinding withSeverity(Severity severity) {
        Finding f = finding;
        return new ValidationFinding(layer, rule, new Finding(severity, f.where(), f.path(), f.reason(), f.hint()),
                object, file, line);
    }
}
