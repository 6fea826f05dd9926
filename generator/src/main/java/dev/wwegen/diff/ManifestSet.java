package dev.wwegen.diff;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The objects of one side of a diff, by identity; at most one manifest per {@link ObjectKey}. */
public final class ManifestSet {

    private final SortedMap<ObjectKey, Manifest> objects = new TreeMap<>();

    /** @throws IllegalArgumentException when two manifests are the same object */
    public ManifestSet(Collection<Manifest> manifests) {
        for (Manifest manifest : manifests) {
            Manifest earlier = objects.putIfAbsent(manifest.key(), manifest);
            if (earlier != null) {
                throw new IllegalArgumentException(manifest.key() + " appears twice: " + earlier.source() + " and "
                        + manifest.source());
            }
        }
    }

    public Map<ObjectKey, Manifest> objects() {
        return Collections.unmodifiableSortedMap(objects);
    }

    public Optional<Manifest> get(ObjectKey key) {
        return Optional.ofNullable(objects.get(key));
    }

    public int size() {
        return objects.size();
    }

    /** Whether wwegen generated every object (and there is at least one). */
    public boolean generatedByWwegen() {
        return !objects.isEmpty() && objects.values().stream().allMatch(Manifest::wwegen);
    }
}
