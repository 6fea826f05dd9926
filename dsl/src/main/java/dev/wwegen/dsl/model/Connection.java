package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Objects;

/**
 * One numbered row of the architecture page's connections table.
 *
 * @param number      the number on the diagrams' lines; unique in an architecture
 * @param source      who initiates
 * @param destination who accepts
 * @param protocol    as the table writes it
 * @param port        the destination port the source connects to
 * @param data        what travels on it, in the page's words
 * @param flow        which way the data travels, default {@link DataFlow#BOTH}
 * @param route       direct, or through the inbound gateway
 */
public record Connection(int number, Endpoint source, Endpoint destination, Protocol protocol, int port, String data,
                         DataFlow flow, Route route) {

    public Connection {
        CallSites.record(this);
        Objects.requireNonNull(source, () -> "source of connection " + number);
        Objects.requireNonNull(destination, () -> "destination of connection " + number);
        Objects.requireNonNull(protocol, () -> "protocol of connection " + number);
        data = data == null ? "" : data;
        Objects.requireNonNull(flow, () -> "data flow of connection " + number);
        Objects.requireNonNull(route, () -> "route of connection " + number);
    }

    /** Starts a connection; complete it with {@link #from}, {@link #to} and {@link #over}. */
    public static Connection number(int number) {
        return new Connection(number, Client.browser(), Client.browser(), Protocol.HTTPS, 443, "", DataFlow.BOTH,
                Route.DIRECT);
    }

    public Connection from(Endpoint who) {
        return new Connection(number, who, destination, protocol, port, data, flow, route);
    }

    public Connection to(Endpoint what) {
        return new Connection(number, source, what, protocol, port, data, flow, route);
    }

    public Connection over(Protocol how, int destinationPort) {
        return new Connection(number, source, destination, how, destinationPort, data, flow, route);
    }

    public Connection carrying(String description) {
        return new Connection(number, source, destination, protocol, port, description, flow, route);
    }

    public Connection flowing(DataFlow direction) {
        return new Connection(number, source, destination, protocol, port, data, direction, route);
    }

    public Connection throughGateway() {
        return new Connection(number, source, destination, protocol, port, data, flow, Route.THROUGH_GATEWAY);
    }

    /** Derived from where the ends run; see {@link Classification#of}. */
    public Classification classification() {
        return Classification.of(source, destination);
    }
}
