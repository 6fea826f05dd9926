package dev.wwegen.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * Something that takes part in a connection: the browser, the gateway's proxy and controller, the
 * web app, or a back end the browser calls.
 */
public sealed interface Component extends Endpoint permits Client, EdgeProxy, IngressController, WebApp, Backend {

    /**
     * The namespace it runs in; empty for things outside Kubernetes or at the cluster's edge.
     *
     * @return its namespace, if it runs in one
     */
    Optional<Namespace> home();


    /**
     * Ports it accepts connections on; empty for pure clients.
     *
     * @return its ports, in declaration order
     */
    List<Port> ports();

    /**
     * A declared port by name.
     *
     * @param portName the port's name
     * @return the port, if declared
     */
    default Optional<Port> port(String portName) {
        return ports().stream().filter(p -> p.name().equals(portName)).findFirst();
    }
}
