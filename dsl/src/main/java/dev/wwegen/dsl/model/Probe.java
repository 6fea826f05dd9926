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

    /**
     * Checks that path and port are given (timings are checked by the model rules).
     *
     * @param path as the record component {@link #path()}
     * @param port as the record component {@link #port()}
     * @param initialDelaySeconds as the record component {@link #initialDelaySeconds()}
     * @param periodSeconds as the record component {@link #periodSeconds()}
     * @param timeoutSeconds as the record component {@link #timeoutSeconds()}
     * @param failureThreshold as the record component {@link #failureThreshold()}
     */
    public Probe {
        CallSites.record(this);
        Objects.requireNonNull(path, "probe path");
        Objects.requireNonNull(port, "probe port");
    }

    /**
     * {@code GET path} on port {@code http} with the defaults above.
     *
     * @param path absolute request path
     * @return the probe
     */
    public static Probe httpGet(String path) {
        return new Probe(path, "http", 5, 10, 2, 3);
    }

    /**
     * Sets the port it probes.
     *
     * @param portName the name of a declared port of the web app
     * @return a copy on that port
     */
    public Probe onPort(String portName) {
        return new Probe(path, portName, initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold);
    }

    /**
     * Sets the period.
     *
     * @param seconds seconds between probes
     * @return a copy with that period
     */
    public Probe every(int seconds) {
        return new Probe(path, port, initialDelaySeconds, seconds, timeoutSeconds, failureThreshold);
    }

    /**
     * Sets the initial delay.
     *
     * @param seconds seconds before the first probe
     * @return a copy with that delay
     */
    public Probe after(int seconds) {
        return new Probe(path, port, seconds, periodSeconds, timeoutSeconds, failureThreshold);
    }

    /**
     * Sets how many failures in a row count.
     *
     * @param attempts the failure threshold
     * @return a copy with that threshold
     */
    public Probe failingAfter(int attempts) {
        return new Probe(path, port, initialDelaySeconds, periodSeconds, timeoutSeconds, attempts);
    }
}
