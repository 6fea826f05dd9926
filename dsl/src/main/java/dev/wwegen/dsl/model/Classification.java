package dev.wwegen.dsl.model;

/**
 * The architecture page's connection classification, from WWE's point of view. It is derived from
 * where the two ends run, never typed by hand: a connection started outside the cluster is
 * {@link #INGRESS}, one leaving the cluster is {@link #EGRESS}, and one between things in the cluster
 * (the gateway's proxy counts as inside) is {@link #INTRA_CLUSTER}.
 */
public enum Classification {
    /** Started outside the cluster. */
    INGRESS("Ingress"),
    /** Leaving the cluster. */
    EGRESS("Egress"),
    /** Between things in the cluster. */
    INTRA_CLUSTER("Intra-cluster");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /**
     * As the page writes it: {@code Ingress}, {@code Egress}, {@code Intra-cluster}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Classifies a connection by where its ends run.
     *
     * @param source who initiates
     * @param destination who accepts
     * @return the classification
     */
    public static Classification of(Endpoint source, Endpoint destination) {
        if (!source.location().insideCluster()) {
            return INGRESS;
        }
        if (!destination.location().insideCluster()) {
            return EGRESS;
        }
        return INTRA_CLUSTER;
    }
}
