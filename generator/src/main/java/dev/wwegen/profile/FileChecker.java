package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import java.util.List;
import java.util.Map;

/** Parses and checks one profile file on its own, before any merging. */
final class FileChecker {

    private FileChecker() {
    }

    /** The file's checked values; problems are added to {@code findings}, and bad values left out. */
    static Sourced.Fields check(String text, String display, List<Finding> findings) {
        ProfileYaml.Parsed parsed = ProfileYaml.parse(text, display, findings);
        if (!parsed.readable()) {
            return new Sourced.Fields(Map.of(), display + ":1:1");
        }
        return new NodeChecker(new ScalarChecker(display, findings)).checkFile(parsed.root(), display + ":1:1");
    }
}
