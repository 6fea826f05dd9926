package dev.wwegen.emit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directories a run regenerates completely ({@code manifests/dev/}, {@code chart/wwe/}); an owned file in one
 * of them that the run does not produce is stale. {@code ""} stands for the whole output root.
 */
record Scopes(List<String> prefixes) {

    static Scopes of(Set<String> scopes) {
        TreeSet<String> prefixes = new TreeSet<>();
        for (String scope : scopes) {
            if (scope.isEmpty()) {
                prefixes.add("");
            } else {
                String directory = scope.endsWith("/") ? scope.substring(0, scope.length() - 1) : scope;
                FileSet.requireRelative(directory);
                prefixes.add(directory + "/");
            }
        }
        return new Scopes(List.copyOf(prefixes));
    }

    boolean covers(String path) {
        return prefixes.stream().anyMatch(path::startsWith);
    }
}
