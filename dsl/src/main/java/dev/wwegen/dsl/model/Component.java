package dev.wwegen.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * Something that takes part in a connection: the browser, the gateway's proxy and controller, the
 * web app, or a back end the browser calls.
 */
public sealed interface Component extends Endpoint permits Client, EdgeProxy, IngressController, WebApp, Backend {

    /** The namespace it runs in; empty for things outside Kubernetes or at the cluster's edge. */
    Optional<Namespace> home();


    /** Ports it accepts connections on; empty for pure clients. */
    List<Port> ports();

    default Optional<Port> port(String portName) {
        return ports().stream().filter(p -> p.name().equals(portName)).findFirst();
    }
}
