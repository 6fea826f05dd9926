package dev.wwegen.diff;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to compare and what to leave out.
 *
 * @param ignore       fields to leave out of every object, see {@link PathPattern}; default none
 * @param kinds        compare only these kinds (case-insensitive, {@code Deployment} or {@code Deployment.apps});
 *                     empty, the default, compares every kind
 * @param excludeKinds leave these kinds out; default none
 * @param order        report a keyed list whose items only moved; default false, since Kubernetes matches
 *                     containers, ports, env and volumes by name
 */
public record DiffOptions(List<PathPattern> ignore, Set<String> kinds, Set<String> excludeKinds, boolean order) {

    /** Everything compared, order ignored. */
    public static final DiffOptions DEFAULTS = new DiffOptions(List.of(), Set.of(), Set.of(), false);

    public DiffOptions {
        ignore = List.copyOf(ignore);
        kinds = lower(kinds);
        excludeKinds = lower(excludeKinds);
    }

    /** Whether objects of this identity take part in the diff. */
    public boolean includes(ObjectKey key) {
        return (kinds.isEmpty() || named(kinds, key)) && !named(excludeKinds, key);
    }

    /** Whether a field is left out. */
    public boolean ignores(FieldPath path) {
        for (PathPattern pattern : ignore) {
            if (pattern.covers(path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Set<String> names, ObjectKey key) {
        String kind = key.kind().toLowerCase(Locale.ROOT);
        return names.contains(kind) || names.contains(kind + "." + key.group().toLowerCase(Locale.ROOT));
    }

    private static Set<String> lower(Set<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
