package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Objects;

/**
 * CPU, memory and ephemeral-storage requests and limits, as Kubernetes quantities.
 *
 * @param requests what the scheduler reserves
 * @param limits   the ceiling; each must be at least its request
 */
public record Resources(Quantities requests, Quantities limits) {

    /**
     * Checks that requests and limits are given.
     *
     * @param requests as the record component {@link #requests()}
     * @param limits as the record component {@link #limits()}
     */
    public Resources {
        CallSites.record(this);
        Objects.requireNonNull(requests, "resource requests");
        Objects.requireNonNull(limits, "resource limits");
    }

    /**
     * One set of quantities.
     *
     * @param cpu              e.g. {@code 100m}
     * @param memory           e.g. {@code 128Mi}
     * @param ephemeralStorage e.g. {@code 64Mi}
     */
    public record Quantities(String cpu, String memory, String ephemeralStorage) {
        /**
         * Checks that every quantity is given.
         *
         * @param cpu as the record component {@link #cpu()}
         * @param memory as the record component {@link #memory()}
         * @param ephemeralStorage as the record component {@link #ephemeralStorage()}
         */
        public Quantities {
            CallSites.record(this);
            Objects.requireNonNull(cpu, "cpu");
            Objects.requireNonNull(memory, "memory");
            Objects.requireNonNull(ephemeralStorage, "ephemeral storage");
        }
    }

    /**
     * Requests and limits.
     *
     * @param requests what the scheduler reserves
     * @param limits the ceiling
     * @return the resources
     */
    public static Resources of(Quantities requests, Quantities limits) {
        return new Resources(requests, limits);
    }

    /**
     * One set of quantities (the name reads as the first of them).
     *
     * @param cpu e.g. {@code 100m}
     * @param memory e.g. {@code 128Mi}
     * @param ephemeralStorage e.g. {@code 64Mi}
     * @return the quantities
     */
    public static Quantities cpu(String cpu, String memory, String ephemeralStorage) {
        return new Quantities(cpu, memory, ephemeralStorage);
    }
}
