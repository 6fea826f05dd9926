package dev.wwegen.dsl.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The NetworkPolicy peer that admits an ingress controller: a namespace selector and, unless the
 * controller's pods have no identity of their own (a router on the host network), a pod selector.
 *
 * @param namespaceLabels labels the controller's namespace must carry; never empty
 * @param podLabels       labels the controller's pods must carry; empty means every pod of those namespaces
 */
public record ControllerAdmission(Map<String, String> namespaceLabels, Map<String, String> podLabels) {

    /** The label Kubernetes sets on every namespace (since 1.21) to its own name. */
    public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    /**
     * Normalises both maps to sorted, unmodifiable copies.
     *
     * @param namespaceLabels as the record component {@link #namespaceLabels()}
     * @param podLabels as the record component {@link #podLabels()}
     */
    public ControllerAdmission {
        namespaceLabels = Collections.unmodifiableMap(new TreeMap<>(namespaceLabels));
        podLabels = Collections.unmodifiableMap(new TreeMap<>(podLabels));
    }

    /**
     * True when this peer admits a pod with the given labels in a namespace with the given labels, as
     * the NetworkPolicy API matches {@code matchLabels}: every selector label present with its value.
     *
     * @param namespace a namespace's labels
     * @param pod a pod's labels
     * @return true when this peer admits that pod
     */
    public boolean admits(Map<String, String> namespace, Map<String, String> pod) {
        return namespace.entrySet().containsAll(namespaceLabels.entrySet())
                && pod.entrySet().containsAll(podLabels.entrySet());
    }
}
