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

    /**
     * Checks the components (a missing required value throws {@link NullPointerException} naming it) and makes the collections immutable.
     *
     * @param number as the record component {@link #number()}
     * @param source as the record component {@link #source()}
     * @param destination as the record component {@link #destination()}
     * @param protocol as the record component {@link #protocol()}
     * @param port as the record component {@link #port()}
     * @param data as the record component {@link #data()}
     * @param flow as the record component {@link #flow()}
     * @param route as the record component {@link #route()}
     */
    public Connection {
        CallSites.record(this);
        Objects.requireNonNull(source, () -> "source of connection " + number);
        Objects.requireNonNull(destination, () -> "destination of connection " + number);
        Objects.requireNonNull(protocol, () -> "protocol of connection " + number);
        data = data == null ? "" : data;
        Objects.requireNonNull(flow, () -> "data flow of connection " + number);
        Objects.requireNonNull(route, () -> "route of connection " + number);
    }

    /**
     * Starts a connection; complete it with {@link #from}, {@link #to} and {@link #over}.
     *
     * @param number the number on the diagrams and in the table
     * @return a connection from the browser to the browser on HTTPS 443: set its ends and port
     */
    public static Connection number(int number) {
        return new Connection(number, Client.browser(), Client.browser(), Protocol.HTTPS, 443, "", DataFlow.BOTH,
                Route.DIRECT);
    }

    /**
     * Sets who initiates.
     *
     * @param who a declared component, or the gateway
     * @return a copy from there
     */
    public Connection from(Endpoint who) {
        return new Connection(number, who, destination, protocol, port, data, flow, route);
    }

    /**
     * Sets who accepts.
     *
     * @param what a declared component, or the gateway
     * @return a copy to there
     */
    public Connection to(Endpoint what) {
        return new Connection(number, source, what, protocol, port, data, flow, route);
    }

    /**
     * Sets protocol and destination port.
     *
     * @param how the protocol
     * @param destinationPort 1–65535, a port the destination declares
     * @return a copy over that port
     */
    public Connection over(Protocol how, int destinationPort) {
        return new Connection(number, source, destination, how, destinationPort, data, flow, route);
    }

    /**
     * Sets what travels, in the table's words.
     *
     * @param description the table's Data column
     * @return a copy carrying that
     */
    public Connection carrying(String description) {
        return new Connection(number, source, destination, protocol, port, description, flow, route);
    }

    /**
     * Sets which way the data travels (the data-flow diagram's arrow).
     *
     * @param direction the flow
     * @return a copy flowing that way
     */
    public Connection flowing(DataFlow direction) {
        return new Connection(number, source, destination, protocol, port, data, direction, route);
    }

    /**
     * Routes the connection through the inbound gateway (the page's dotted lines).
     *
     * @return a copy through the gateway
     */
    public Connection throughGateway() {
        return new Connection(number, source, destination, protocol, port, data, flow, Route.THROUGH_GATEWAY);
    }

    /**
     * Derived from where the ends run; see {@link Classification#of}.
     *
     * @return Ingress, Egress or Intra-cluster
     */
    public Classification classification() {
        return Classification.of(source, destination);
    }
}
