package dev.wwegen.resolve;

import dev.wwegen.dsl.check.Finding;

import java.util.List;
import java.util.Optional;

/**
 * A release, or the findings that prevent one.
 *
 * @param release  present when no finding is an error
 * @param findings errors and warnings, in the order found
 */
public record ResolveResult(Optional<Release> release, List<Finding> findings) {

    public ResolveResult {
        findings = List.copyOf(findings);
    }
}
