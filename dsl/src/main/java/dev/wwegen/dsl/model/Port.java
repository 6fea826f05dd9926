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

    public Port {
        CallSites.record(this);
        Objects.requireNonNull(name, "port name");
        Objects.requireNonNull(protocol, () -> "protocol of port '" + name + "'");
    }

    /** A plain HTTP port, e.g. {@code Port.http("http", 8080)}. */
    public static Port http(String name, int number) {
        return new Port(name, number, Protocol.HTTP);
    }

    /** A TLS port, e.g. {@code Port.https("https", 443)}. */
    public static Port https(String name, int number) {
        return new Port(name, number, Protocol.HTTPS);
    }

    /** The default HTTPS port 443 named {@code https}. */
    public static Port https() {
        return https("https", 443);
    }
}
