package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;

import java.util.Map;
import java.util.Optional;

/**
 * Isolates the pods: ingress only from the chosen ingress controller (its namespace by name or, for
 * the OpenShift router, by OpenShift's policy-group label; its pods by their labels), on the container
 * port (connection 9); egress to cluster DNS and to each back end the pods call themselves
 * ({@code Architecture.podCalls}: its namespace, its port). The browser's calls to the back ends never
 * leave the pods, so nothing else is allowed out.
 */
final class NetworkPolicyRenderer implements ObjectRenderer {

    /** The namespace label Kubernetes sets on every namespace (since 1.21). */
    static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    @Override
    public Optional<HasMetadata> render(Release release) {
        var isolation = release.isolation();
        var port = release.workload().port();
        var controller = new NetworkPolicyPeerBuilder()
                .withNamespaceSelector(selector(isolation.controllerNamespaces()))
                .withPodSelector(isolation.controllerPods().isEmpty() ? null : selector(isolation.controllerPods()))
                .build();
        var dns = new NetworkPolicyPeerBuilder()
                .withNamespaceSelector(selector(Map.of(NAMESPACE_NAME_LABEL, "kube-system")))
                .withPodSelector(selector(Map.of("k8s-app", "kube-dns")))
                .build();
        return Optional.of(new NetworkPolicyBuilder()
                .withMetadata(ObjectRenderer.meta(release, release.name()))
                .withNewSpec()
                .withPodSelector(selector(release.selector()))
                .withPolicyTypes("Ingress", "Egress")
                .addNewIngress()
                .withFrom(controller)
                .withPorts(new NetworkPolicyPortBuilder().withProtocol(port.protocol().transport())
                        .withPort(new IntOrString(port.number())).build())
                .endIngress()
                .addNewEgress()
                .withTo(dns)
                .withPorts(new NetworkPolicyPortBuilder().withProtocol("UDP").withPort(new IntOrString(53)).build(),
                        new NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(53)).build())
                .endEgress()
                .addAllToEgress(release.workload().egress().stream().map(e -> new NetworkPolicyEgressRuleBuilder()
                        .withTo(new NetworkPolicyPeerBuilder()
                                .withNamespaceSelector(selector(Map.of(NAMESPACE_NAME_LABEL, e.namespace()))).build())
                        .withPorts(new NetworkPolicyPortBuilder().withProtocol(e.transport())
                                .withPort(new IntOrString(e.port())).build())
                        .build()).toList())
                .endSpec()
                .build());
    }

    private static io.fabric8.kubernetes.api.model.LabelSelector selector(Map<String, String> labels) {
        return new LabelSelectorBuilder().withMatchLabels(new java.util.TreeMap<>(labels)).build();
    }
}
