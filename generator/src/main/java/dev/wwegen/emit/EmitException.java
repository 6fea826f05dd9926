package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Output could not be written, or could not be compared; carries the findings that say why. When it is thrown by
 * the preflight of {@link Emitter#write}, nothing was written.
 */
public final class EmitException extends Exception {

    private final List<Finding> findings;

    public EmitException(List<Finding> findings) {
        super(findings.stream().map(Finding::format).collect(Collectors.joining("\n")));
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("an emit exception needs at least one finding");
        }
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
