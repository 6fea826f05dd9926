package dev.wwegen.dsl.model;

/**
 * Where a component runs relative to the Kubernetes cluster. Connection classification is derived
 * from it (see {@link Classification#of}).
 */
public enum Location {
    /** The agent's browser, on the internet or the corporate network. */
    OUTSIDE_CLUSTER,
    /**
     * The inbound gateway's first hop (an external load balancer or ingress proxy). The source page
     * counts the hop from it to the ingress controller as intra-cluster, so it is treated as inside.
     */
    CLUSTER_EDGE,
    /** A workload in some namespace of the cluster. */
    IN_CLUSTER;

    /**
     * Whether connections from here count as inside the cluster.
     *
     * @return true unless {@link #OUTSIDE_CLUSTER}
     */
    public boolean insideCluster() {
        return this != OUTSIDE_CLUSTER;
    }
}
