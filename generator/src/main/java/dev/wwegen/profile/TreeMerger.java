package dev.wwegen.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the files of an {@code extends} chain, defaults first: mappings merge key by key, lists and
 * scalars replace, and an explicit {@code null} replaces too (it unsets a nullable value). Each value
 * keeps the position of the file that set it.
 */
final class TreeMerger {

    private TreeMerger() {
    }

    /**
     * @param chain the defaults, then each ancestor, then the profile itself; {@code extends} is dropped
     *              everywhere and {@code description} is kept only from the defaults and the profile itself
     */
    static Sourced.Fields mergeChain(List<Sourced.Fields> chain) {
        Sourced.Fields merged = without(chain.get(0), ProfileSchema.EXTENDS);
        for (int i = 1; i < chain.size(); i++) {
            Sourced.Fields file = without(chain.get(i), ProfileSchema.EXTENDS);
            merged = merge(merged, i == chain.size() - 1 ? file : without(file, ProfileSchema.DESCRIPTION));
        }
        return merged;
    }

    static Sourced.Fields merge(Sourced.Fields base, Sourced.Fields over) {
        Map<String, Sourced> out = new LinkedHashMap<>(base.entries());
        over.entries().forEach((key, value) -> out.merge(key, value, (old, now) ->
                old instanceof Sourced.Fields a && now instanceof Sourced.Fields b ? merge(a, b) : now));
        return new Sourced.Fields(out, over.where());
    }

    private static Sourced.Fields without(Sourced.Fields fields, String key) {
        Map<String, Sourced> out = new LinkedHashMap<>(fields.entries());
        out.remove(key);
        return new Sourced.Fields(out, fields.where());
    }
}
