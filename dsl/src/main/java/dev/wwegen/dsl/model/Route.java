package dev.wwegen.dsl.model;

/** How a connection reaches its destination. */
public enum Route {
    /** Straight to the destination's port. */
    DIRECT,
    /** Through the inbound gateway (ingress proxy, then ingress controller): the page's dotted lines. */
    THROUGH_GATEWAY
}
