package dev.wwegen.resolve;

import java.util.Map;

/**
 * How the gateway reaches the pods: the Service, and the Ingress the controller serves.
 *
 * @param servicePort        the Service's port (its targetPort is the workload's named port)
 * @param host               the public host name agents use
 * @param ingressClassName   which controller serves the Ingress
 * @param tlsSecret          the Secret holding the host's certificate
 * @param ingressAnnotations controller-specific annotations
 */
public record Exposure(int servicePort, String host, String ingressClassName, String tlsSecret,
                       Map<String, String> ingressAnnotations) {

    public Exposure {
        ingressAnnotations = Release.sorted(ingressAnnotations);
    }
}
