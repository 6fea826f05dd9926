package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import java.util.List;
import java.util.Map;

/**
 * Parses and checks a fleet file against its schema with the profile checker: every problem is a finding
 * with {@code file:line:column}, the key path and a hint; bad values are left out of the result. The result
 * keeps each value's position, and its {@code overrides} mappings can be given to
 * {@link ProfileLoader#load(String, String, List, String)} as they are.
 */
public final class FleetFile {

    private FleetFile() {
    }

    public static Sourced.Fields check(String text, String display, List<Finding> findings) {
        ProfileYaml.Parsed parsed = ProfileYaml.parse(text, display, findings);
        if (!parsed.readable()) {
            return new Sourced.Fields(Map.of(), display + ":1:1");
        }
        return new NodeChecker(new ScalarChecker(display, findings)).checkFile(parsed.root(), display + ":1:1",
                FleetSchema.ROOT);
    }

    /** The top-level keys a fleet file may have, for documentation and the JSON Schema. */
    public static List<String> keys() {
        return List.copyOf(FleetSchema.ROOT.fields().keySet());
    }
}
