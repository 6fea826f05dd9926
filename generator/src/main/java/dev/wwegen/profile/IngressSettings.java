package dev.wwegen.profile;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How agents' browsers reach WWE: the Ingress class, host, TLS secret and extra annotations.
 * Defaults: class {@code nginx}, secret {@code wwe-tls}, no annotations; the host has no default.
 *
 * @param annotations sorted by key; never a {@code *-snippet} annotation
 */
public record IngressSettings(String className, String host, String tlsSecret, Map<String, String> annotations) {

    public IngressSettings {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tlsSecret, "tlsSecret");
        annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
    }
}
