package dev.wwegen.resolve;

import java.util.Map;

/**
 * The NetworkPolicy's peer: only the chosen ingress controller may connect, derived from its identity
 * ({@code IngressController.admission()}) and from nothing else.
 *
 * @param controllerNamespaces labels that select the controller's namespace ({@code kubernetes.io/metadata.name},
 *                             or OpenShift's {@code policy-group.network.openshift.io/ingress})
 * @param controllerPods       labels of the controller's pods; empty: every pod of that namespace
 */
public record Isolation(Map<String, String> controllerNamespaces, Map<String, String> controllerPods) {

    public Isolation {
        controllerNamespaces = Release.sorted(controllerNamespaces);
        controllerPods = Release.sorted(controllerPods);
    }
}
