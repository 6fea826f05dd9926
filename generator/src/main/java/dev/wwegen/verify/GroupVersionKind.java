package dev.wwegen.verify;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a Kubernetes object type: API group (empty for the core group), version and kind.
 *
 * @param group   API group, {@code ""} for core ({@code v1}), e.g. {@code networking.k8s.io}
 * @param version API version inside the group, e.g. {@code v1}, {@code v2beta2}
 * @param kind    the kind, e.g. {@code Ingress}
 */
public record GroupVersionKind(String group, String version, String kind) implements Comparable<GroupVersionKind> {

    private static final Comparator<GroupVersionKind> ORDER = Comparator.comparing(GroupVersionKind::kind)
            .thenComparing(GroupVersionKind::group)
            .thenComparing(GroupVersionKind::version);

    public GroupVersionKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
    }

    /** Splits an {@code apiVersion} as written in a manifest: {@code v1} is core, {@code apps/v1} is group apps. */
    public static GroupVersionKind of(String apiVersion, String kind) {
        int slash = apiVersion.lastIndexOf('/');
        return slash < 0
                ? new GroupVersionKind("", apiVersion, kind)
                : new GroupVersionKind(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    }

    /** The {@code apiVersion} a manifest writes: {@code v1} for core, {@code group/version} otherwise. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    @Override
    public int compareTo(GroupVersionKind other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return apiVersion() + " " + kind;
    }
}
