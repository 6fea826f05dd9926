package dev.wwegen.diff;

import dev.wwegen.dsl.check.Finding;

import java.util.List;

/** Some manifests could not be read; carries every finding so all of them are reported together. */
public final class UnreadableManifestsException extends RuntimeException {

    private final transient List<Finding> findings;

    public UnreadableManifestsException(List<Finding> findings) {
        super(findings.isEmpty() ? "unreadable manifests" : findings.get(0).format());
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
