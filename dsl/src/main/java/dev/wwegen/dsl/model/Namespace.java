package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Objects;

/**
 * A Kubernetes namespace a component lives in.
 *
 * @param name  the namespace name
 * @param owned true when this release creates and controls objects there (the WWE namespace);
 *              false for namespaces other teams run (the ingress controller's, each back end's)
 */
public record Namespace(String name, boolean owned) {

    /**
     * Checks that the name is given.
     *
     * @param name as the record component {@link #name()}
     * @param owned as the record component {@link #owned()}
     */
    public Namespace {
        CallSites.record(this);
        Objects.requireNonNull(name, "namespace name");
    }

    /**
     * A namespace this release deploys into.
     *
     * @param name the namespace name
     * @return an owned namespace
     */
    public static Namespace owned(String name) {
        return new Namespace(name, true);
    }

    /**
     * A namespace another team runs; wwegen never writes objects there.
     *
     * @param name the namespace name
     * @return an external namespace
     */
    public static Namespace external(String name) {
        return new Namespace(name, false);
    }
}
