package dev.wwegen.verify.report;

import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;

/**
 * What one validation run found.
 *
 * @param findings    every finding, in report order
 * @param resources   the objects validated (for JUnit's one test case per object)
 * @param inputs      how many inputs (files, stdin, chart templates) were read
 * @param kubeconform the kubeconform layer's status: its version when it ran, else why not
 *                    ({@code not found}, {@code off})
 */
public record ValidationReport(List<ValidationFinding> findings, List<Resource> resources, int inputs,
                               String kubeconform) {

    public ValidationReport {
        findings = List.copyOf(findings);
        resources = List.copyOf(resources);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** {@code 2 errors, 1 warning, 0 notices in 8 objects from 3 inputs; kubeconform v0.7.0}. */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + plural(count(Severity.INFO), "notice") + " in " + plural(resources.size(), "object") + " from "
                + plural(inputs, "input") + "; kubeconform " + kubeconform;
    }

    static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
