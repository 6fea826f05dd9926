package dev.wwegen.cli;

import dev.wwegen.dsl.check.Finding;

import java.util.List;

/** Bad input (model, profile, output folder): exit code 2 and every finding printed. */
final class InputException extends RuntimeException {

    private final transient List<Finding> findings;

    InputException(List<Finding> findings) {
        super(findings.isEmpty() ? "bad input" : findings.get(0).format());
        this.findings = List.copyOf(findings);
    }

    List<Finding> findings() {
        return findings;
    }
}
