package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Objects;

/**
 * A named port a component listens on.
 *
 * <p>Values are checked by the model rules ({@code PortsInRange}, {@code PortNamesAreServiceNames}) so that
 * every problem is reported at once; only missing values throw here.
 *
 * @param name     IANA service name (≤ 15 characters), used as the container port name
 * @param number   1–65535
 * @param protocol what is spoken on it
 */
public record Port(String name, int number, Protocol protocol) {

    /**
     * Checks that name and protocol are given (numbers are checked by the model rules).
     *
     * @param name as the record component {@link #name()}
     * @param number as the record component {@link #number()}
     * @param protocol as the record component {@link #protocol()}
     */
    public Port {
        CallSites.record(this);
        Objects.requireNonNull(name, "port name");
        Objects.requireNonNull(protocol, () -> "protocol of port '" + name + "'");
    }

    /**
     * A plain HTTP port, e.g. {@code Port.http("http", 8080)}.
     *
     * @param name IANA service name, e.g. {@code http}
     * @param number 1–65535
     * @return the port
     */
    public static Port http(String name, int number) {
        return new Port(name, number, Protocol.HTTP);
    }

    /**
     * A TLS port, e.g. {@code Port.https("https", 443)}.
     *
     * @param name IANA service name, e.g. {@code https}
     * @param number 1–65535
     * @return the port
     */
    public static Port https(String name, int number) {
        return new Port(name, number, Protocol.HTTPS);
    }

    /**
     * The default HTTPS port 443 named {@code https}.
     *
     * @return the port
     */
    public static Port https() {
        return https("https", 443);
    }
}
