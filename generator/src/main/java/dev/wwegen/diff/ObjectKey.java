package dev.wwegen.diff;

import java.util.Comparator;
import java.util.Objects;

/**
 * Who an object is, independent of its API version: API group, kind, namespace and name. Two
 * manifests with the same key are the same object, so {@code autoscaling/v2beta2} → {@code autoscaling/v2}
 * is a change of one object's {@code apiVersion}, not a removal and an addition.
 *
 * @param group     the API group, empty for the core group ({@code v1})
 * @param kind      e.g. {@code Deployment}
 * @param namespace empty when the manifest names none (cluster-scoped, or the namespace of the apply)
 * @param name      {@code metadata.name}
 */
public record ObjectKey(String group, String kind, String namespace, String name) implements Comparable<ObjectKey> {

    private static final Comparator<ObjectKey> ORDER = Comparator.comparing(ObjectKey::kind)
            .thenComparing(ObjectKey::group)
            .thenComparing(ObjectKey::namespace)
            .thenComparing(ObjectKey::name);

    public ObjectKey {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(name, "name");
    }

    /** The key of a manifest whose {@code apiVersion} is {@code group/version} or just {@code version}. */
    public static ObjectKey of(String apiVersion, String kind, String namespace, String name) {
        return new ObjectKey(groupOf(apiVersion), kind, namespace, name);
    }

    /** {@code apps} for {@code apps/v1}, empty for {@code v1}. */
    public static String groupOf(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** {@code Deployment.apps wwe/wwe}: kubectl's kind.group, then namespace/name. */
    @Override
    public String toString() {
        String type = group.isEmpty() ? kind : kind + "." + group;
        return type + " " + (namespace.isEmpty() ? name : namespace + "/" + name);
    }

    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }
}
