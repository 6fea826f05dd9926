package dev.wwegen.emit;

import java.util.Set;
import java.util.TreeSet;

/**
 * The directories a run regenerates completely ({@code manifests/dev/}, {@code chart/wwe/}); an owned file in one
 * of them that the run does not produce is stale. {@code ""} stands for the whole output root.
 *
 * <p>{@link #covers} looks up each folder above a path (a few) rather than trying every scope: a run of 1,000
 * profiles has 2,000 scopes and 20,000 files.
 */
record Scopes(Set<String> prefixes) {

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
        return new Scopes(Set.copyOf(prefixes));
    }

    /** Whether {@code path} is inside one of the scopes: the root, or a folder above it ({@code a/}, {@code a/b/}). */
    boolean covers(String path) {
        if (prefixes.contains("")) {
            return true;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (prefixes.contains(path.substring(0, slash + 1))) {
                return true;
            }
        }
        return false;
    }
}
