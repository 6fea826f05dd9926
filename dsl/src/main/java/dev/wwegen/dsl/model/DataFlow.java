package dev.wwegen.dsl.model;

/** Which way the data on a connection travels, for the data-flow diagram (the connections diagram shows who initiates). */
public enum DataFlow {
    /** From the source to the destination, e.g. telemetry the browser uploads. */
    TO_DESTINATION,
    /** From the destination back to the source, e.g. the HTML the browser downloads. */
    TO_SOURCE,
    /** Both ways, e.g. interaction control requests and events. */
    BOTH
}
