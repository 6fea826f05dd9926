package dev.wwegen.profile;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which file position set each effective value of a profile, after merging its {@code extends}
 * chain and the defaults, so later stages can report a cross-check at the right line.
 * Keys are dotted paths ({@code ingress.host}, {@code backends.gws.url}, {@code tolerations[0].key}).
 */
public record Locations(Map<String, String> byPath, String file) {

    /**
     * @param byPath dotted path to {@code <display path>:<line>:<column>}
     * @param file   the start of the profile's own file, for values no file set
     */
    public Locations {
        byPath = Collections.unmodifiableMap(new TreeMap<>(byPath));
    }

    /** The position that set this exact path, if any file did. */
    public Optional<String> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The position of the path, else of its nearest parent, else the profile's own file. */
    public String of(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            if (byPath.containsKey(p)) {
                return byPath.get(p);
            }
        }
        return file;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
