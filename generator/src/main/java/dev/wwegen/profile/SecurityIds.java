package dev.wwegen.profile;

import java.util.OptionalLong;

/**
 * The user and group ids the WWE pod runs as; empty means "left to the platform" (OpenShift assigns
 * them from the namespace's range). Defaults: 10001 for all three. A present id is never 0.
 */
public record SecurityIds(OptionalLong runAsUser, OptionalLong runAsGroup, OptionalLong fsGroup) {

    public SecurityIds {
        for (OptionalLong id : new OptionalLong[] {runAsUser, runAsGroup, fsGroup}) {
            if (id.isPresent() && id.getAsLong() <= 0) {
                throw new IllegalArgumentException("security context id " + id.getAsLong() + " must be above 0");
            }
        }
    }
}
