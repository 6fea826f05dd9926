package dev.wwegen.verify.model;

import java.util.Objects;

/**
 * Who an object is, as a report names it: {@code Deployment wwe/web}, or {@code Service web} without a
 * namespace. Every part may be empty when the document did not say.
 *
 * @param apiVersion as written, e.g. {@code apps/v1}
 * @param kind       e.g. {@code Deployment}
 * @param namespace  empty when not set
 * @param name       empty when not set
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

    /** No object: a finding about a whole file. */
    public static final ObjectRef NONE = new ObjectRef("", "", "", "");

    public ObjectRef {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    public boolean isNone() {
        return kind.isEmpty() && name.isEmpty();
    }

    @Override
    public String toString() {
        if (isNone()) {
            return "";
        }
        String who = namespace.isEmpty() ? name : namespace + "/" + name;
        return kind.isEmpty() ? who : who.isEmpty() ? kind : kind + " " + who;
    }
}
