package dev.wwegen.profile;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The values of one environment, after its {@code extends} chain and the bundled defaults are merged
 * (see {@code wwegen/defaults.yaml} for each default). A profile sets values only, never the model's
 * structure. Maps are sorted by key so everything derived from a profile is deterministic.
 *
 * @param name              the file name without {@code .yaml}
 * @param description       free text; not inherited through {@code extends}
 * @param development       {@code environment: development}: its output may run a single replica;
 *                          production (the default) is held to every policy rule
 * @param namespace         the namespace the release owns
 * @param imagePullSecrets  Secret names, in the order given
 * @param replicas          the Deployment's replica count when autoscaling is off
 * @param servicePort       {@code service.port}: the port of the WWE Service
 * @param ingress           host, TLS secret (every route kind), Ingress class and annotations
 * @param route             {@code route:}: the route kind and the controller's identity, defaults filled in
 * @param backends          by back-end name of the model
 * @param maxUnavailable    {@code podDisruptionBudget.maxUnavailable}
 * @param priorityClassName empty for none
 * @param features          browser feature switches written into the browser config
 * @param locations         which file position set each value
 * @param effectiveTree     the merged values as plain maps, lists and scalars, in schema order
 * @param failover          the backup region's WWE and back-end URLs the browser fails over to; empty for none
 */
public record Profile(String name, String description, boolean development, String namespace, ImageSettings image,
                      List<String> imagePullSecrets, int replicas, Autoscaling autoscaling, Resources resources,
                      int servicePort, IngressSettings ingress, RouteSettings route,
                      Map<String, BackendEndpoint> backends,
                      SecurityIds securityContext, int maxUnavailable, Optional<String> priorityClassName,
                      Map<String, String> nodeSelector, List<Toleration> tolerations, Map<String, String> podLabels,
                      Map<String, String> podAnnotations, Map<String, Boolean> features, Locations locations,
                      Map<String, Object> effectiveTree, Failover failover) {

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(image, "image");
        imagePullSecrets = List.copyOf(imagePullSecrets);
        Objects.requireNonNull(autoscaling, "autoscaling");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(ingress, "ingress");
        Objects.requireNonNull(route, "route");
        backends = sorted(backends);
        Objects.requireNonNull(securityContext, "securityContext");
        Objects.requireNonNull(priorityClassName, "priorityClassName");
        nodeSelector = sorted(nodeSelector);
        tolerations = List.copyOf(tolerations);
        podLabels = sorted(podLabels);
        podAnnotations = sorted(podAnnotations);
        features = sorted(features);
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(effectiveTree, "effectiveTree");
        Objects.requireNonNull(failover, "failover");
        if (replicas < 1 || servicePort < 1 || servicePort > 65535 || maxUnavailable < 1) {
            throw new IllegalArgumentException("profile " + name + ": replicas (" + replicas + "), service port ("
                    + servicePort + ") or maxUnavailable (" + maxUnavailable + ") out of range");
        }
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
