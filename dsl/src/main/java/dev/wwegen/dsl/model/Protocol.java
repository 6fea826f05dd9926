package dev.wwegen.dsl.model;

/** The application protocol spoken on a connection or port, as the architecture page names it. */
public enum Protocol {
    HTTP(false), HTTPS(true), TCP(false), UDP(false);

    private final boolean encrypted;

    Protocol(boolean encrypted) {
        this.encrypted = encrypted;
    }

    /** True when the protocol needs a TLS certificate at the side that accepts the connection. */
    public boolean encrypted() {
        return encrypted;
    }

    /** The transport Kubernetes needs in Service and NetworkPolicy ports. */
    public String transport() {
        return this == UDP ? "UDP" : "TCP";
    }
}
