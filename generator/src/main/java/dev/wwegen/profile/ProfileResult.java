package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What loading a profile gave: the profile when no error was found, and every finding (errors and
 * warnings) from its file, the files it extends and the defaults, in the order they were found.
 */
public record ProfileResult(String name, Optional<Profile> profile, List<Finding> findings) {

    public ProfileResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
