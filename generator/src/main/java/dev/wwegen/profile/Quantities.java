package dev.wwegen.profile;

import java.util.Objects;

/**
 * One set of container resource amounts: the requests or the limits.
 *
 * @param cpu              cores ({@code 100m} = a tenth of a core)
 * @param memory           bytes
 * @param ephemeralStorage bytes of node-local scratch space (NGINX temp paths, logs)
 */
public record Quantities(Quantity cpu, Quantity memory, Quantity ephemeralStorage) {

    public Quantities {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(ephemeralStorage, "ephemeralStorage");
    }
}
