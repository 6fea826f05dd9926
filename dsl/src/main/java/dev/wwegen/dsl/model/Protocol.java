package dev.wwegen.dsl.model;

/** The application protocol spoken on a connection or port, as the architecture page names it. */
public enum Protocol {
    /** Plain HTTP. */
    HTTP(false),
    /** HTTP over TLS. */
    HTTPS(true),
    /** Any other TCP protocol. */
    TCP(false),
    /** A UDP protocol. */
    UDP(false);

    private final boolean encrypted;

    Protocol(boolean encrypted) {
        this.encrypted = encrypted;
    }

    /**
     * True when the protocol needs a TLS certificate at the side that accepts the connection.
     *
     * @return whether it is encrypted
     */
    public boolean encrypted() {
        return encrypted;
    }

    /**
     * The transport Kubernetes needs in Service and NetworkPolicy ports.
     *
     * @return {@code TCP} or {@code UDP}
     */
    public String transport() {
        return this == UDP ? "UDP" : "TCP";
    }
}
