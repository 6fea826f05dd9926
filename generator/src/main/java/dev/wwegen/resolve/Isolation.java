package dev.wwegen.resolve;

import java.util.Map;

/**
 * The NetworkPolicy's peers: only the ingress controller's pods, in its namespace, may connect.
 *
 * @param controllerNamespace namespace of the ingress controller
 * @param controllerPods      labels of the ingress controller's pods
 */
public record Isolation(String controllerNamespace, Map<String, String> controllerPods) {

    public Isolation {
        controllerPods = Release.sorted(controllerPods);
    }
}
