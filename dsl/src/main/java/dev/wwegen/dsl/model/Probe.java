package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Objects;

/**
 * An HTTP GET health probe on a named port of the web app.
 *
 * @param path                 request path, default {@code /index.html} (what NGINX serves when healthy)
 * @param port                 name of a declared port, default {@code http}
 * @param initialDelaySeconds  default 5
 * @param periodSeconds        default 10
 * @param timeoutSeconds       default 2
 * @param failureThreshold     default 3
 */
public record Probe(String path, String port, int initialDelaySeconds, int periodSeconds,
                    int timeoutSeconds, int failureThreshold) {

    public Probe {
        CallSites.record(this);
        Objects.requireNonNull(path, "probe path");
        Objects.requireNonNull(port, "probe port");
    }

    /** {@code GET path} on port {@code http} with the defaults above. */
    public static Probe httpGet(String path) {
        return new Probe(path, "http", 5, 10, 2, 3);
    }

    public Probe onPort(String portName) {
        return new Probe(path, portName, initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold);
    }

    public Probe every(int seconds) {
        return new Probe(path, port, initialDelaySeconds, seconds, timeoutSeconds, failureThreshold);
    }

    public Probe after(int seconds) {
        return new Probe(path, port, seconds, periodSeconds, timeoutSeconds, failureThreshold);
    }

    public Probe failingAfter(int attempts) {
        return new Probe(path, port, initialDelaySeconds, periodSeconds, timeoutSeconds, attempts);
    }
}
