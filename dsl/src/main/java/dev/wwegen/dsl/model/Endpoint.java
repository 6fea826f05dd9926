package dev.wwegen.dsl.model;

/**
 * Either end of a {@link Connection}: a {@link Component}, or the {@link IngressChain} as a whole
 * (the page's "Inbound Gateway").
 */
public sealed interface Endpoint permits Component, IngressChain {

    /**
     * Identifier, an RFC 1123 label; unique in an architecture.
     *
     * @return the identifier
     */
    String name();

    /**
     * The name people use, as in the architecture page's table (e.g. "Genesys Web Services and Applications").
     *
     * @return the display name
     */
    String label();

    /**
     * Where it runs, from which connections are classified.
     *
     * @return its location
     */
    Location location();
}
