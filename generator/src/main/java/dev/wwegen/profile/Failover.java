package dev.wwegen.profile;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the browser app goes when this region fails (Genesys HA/DR: active-spare, the backup region's address
 * reaches the app): the backup region's WWE URL and its back ends' URLs, by back-end name. A fleet sets it from
 * the cell's backup region; a profile may set it by hand. Empty: no failover.
 *
 * @param wwe      the backup region's WWE address
 * @param backends back-end name to the backup region's URL of that back end
 */
public record Failover(Optional<URI> wwe, Map<String, URI> backends) {

    public Failover {
        Objects.requireNonNull(wwe, "wwe");
        backends = Collections.unmodifiableMap(new TreeMap<>(backends));
    }

    public boolean isEmpty() {
        return wwe.isEmpty() && backends.isEmpty();
    }
}
