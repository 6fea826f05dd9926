package dev.wwegen.profile;

import java.util.Objects;

/**
 * Container requests and limits; every limit is at least its request. Defaults: requests 100m CPU,
 * 128Mi memory, 64Mi ephemeral storage; limits 500m, 256Mi, 128Mi.
 */
public record Resources(Quantities requests, Quantities limits) {

    public Resources {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(limits, "limits");
    }
}
