package dev.wwegen.docs;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Connection;

import java.util.List;

/**
 * One row of the connections table in the page's words, shared by the Markdown, HTML, JSON and CSV
 * writers so they cannot disagree.
 *
 * @param number         the number on the diagrams' lines
 * @param source         who initiates, by label (e.g. {@code Browser})
 * @param sourceName     who initiates, by model name (e.g. {@code browser})
 * @param destination    who accepts, by label
 * @param destinationName who accepts, by model name
 * @param protocol       {@code HTTPS}, {@code HTTP}, …
 * @param port           the destination port
 * @param classification {@code Ingress}, {@code Egress} or {@code Intra-cluster}
 * @param data           what travels on the connection
 * @param flow           which way the data travels ({@code TO_DESTINATION}, {@code TO_SOURCE}, {@code BOTH})
 * @param route          {@code DIRECT} or {@code THROUGH_GATEWAY}
 */
public record ConnectionRow(int number, String source, String sourceName, String destination,
                            String destinationName, String protocol, int port,
                            String classification, String data, String flow, String route) {

    /** The page's column headings, in order. */
    public static final List<String> COLUMNS = List.of("Connection", "Source", "Destination", "Protocol", "Port",
            "Classification", "Data that travels on this connection");

    /** Every connection of the model, gateway hops included, in number order. */
    public static List<ConnectionRow> of(Architecture architecture) {
        return architecture.allConnections().stream().map(ConnectionRow::of).toList();
    }

    static ConnectionRow of(Connection c) {
        return new ConnectionRow(c.number(), c.source().label(), c.source().name(), c.destination().label(),
                c.destination().name(), c.protocol().name(),
                c.port(), c.classification().label(), c.data(), c.flow().name(), c.route().name());
    }

    /** The seven table cells, in {@link #COLUMNS} order. */
    public List<String> cells() {
        return List.of(String.valueOf(number), source, destination, protocol, String.valueOf(port), classification,
                data);
    }
}
