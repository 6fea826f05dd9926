package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.text.InputText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

/**
 * Follows a profile's {@code extends} chain in one source: reads and checks each file, and reports
 * unknown parents, cycles and unreadable files at the {@code extends} value that led to them.
 */
final class ChainReader {

    private final ProfileSource source;
    private final List<Finding> findings;

    ChainReader(ProfileSource source, List<Finding> findings) {
        this.source = source;
        this.findings = findings;
    }

    /** The checked files, the farthest ancestor first and {@code name} last; stops at the first broken link. */
    List<Sourced.Fields> read(String name) {
        LinkedList<Sourced.Fields> chain = new LinkedList<>();
        List<String> visited = new ArrayList<>();
        String current = name;
        String referencedAt = null;
        while (current != null) {
            if (visited.contains(current)) {
                visited.add(current);
                findings.add(Finding.error(referencedAt, ProfileSchema.EXTENDS,
                        "extends cycle: " + String.join(" -> ", visited), "remove extends from one of these profiles"));
                break;
            }
            visited.add(current);
            Optional<String> text = read(current, referencedAt);
            if (text.isEmpty()) {
                break;
            }
            Sourced.Fields file = FileChecker.check(text.get(), source.displayPath(current), findings);
            chain.addFirst(file);
            Sourced parent = file.entries().get(ProfileSchema.EXTENDS);
            current = parent == null ? null : (String) ((Sourced.Leaf) parent).value();
            referencedAt = parent == null ? null : parent.where();
        }
        return chain;
    }

    private Optional<String> read(String name, String referencedAt) {
        try {
            Optional<String> text = source.read(name);
            if (text.isEmpty()) {
                notFound(name, referencedAt);
            }
            return text;
        } catch (InputText.UnreadableInputException e) {
            findings.add(e.finding());
            return Optional.empty();
        } catch (IOException e) {
            findings.add(Finding.error(source.displayPath(name), "", "cannot read the profile: " + e.getMessage(),
                    "check that the file is readable"));
            return Optional.empty();
        }
    }

    /** The hint listing the profiles a user can choose from. */
    static String available(ProfileSource source) {
        try {
            List<String> names = source.names();
            return names.isEmpty() ? "there are no profiles in " + source.description()
                    : "available: " + String.join(", ", names);
        } catch (IOException e) {
            return "cannot list " + source.description() + ": " + e.getMessage();
        }
    }

    private void notFound(String name, String referencedAt) {
        List<String> names;
        try {
            names = source.names();
        } catch (IOException e) {
            names = List.of();
        }
        String available = available(source);
        String hint = KeySuggestion.closest(name, names).map(n -> "did you mean \"" + n + "\"? " + available)
                .orElse(available);
        String reason = "profile " + NameFormats.quote(name) + " not found";
        findings.add(referencedAt == null ? Finding.error(source.description(), "", reason, hint)
                : Finding.error(referencedAt, ProfileSchema.EXTENDS, reason + " in " + source.description(), hint));
    }
}
