package dev.wwegen.profile;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Pod toleration of node taints.
 *
 * @param key               the taint key; empty with {@code Exists} tolerates every taint
 * @param operator          {@code Exists} or {@code Equal}
 * @param value             the taint value; empty with {@code Exists}
 * @param effect            {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}; empty = all
 * @param tolerationSeconds how long a {@code NoExecute} taint is tolerated
 */
public record Toleration(Optional<String> key, String operator, Optional<String> value, Optional<String> effect,
                         OptionalLong tolerationSeconds) {

    public Toleration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(tolerationSeconds, "tolerationSeconds");
    }
}
