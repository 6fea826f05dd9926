package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Every namespaced object names its namespace, so applying it cannot land in whatever namespace the
 * kubectl context points at. A chart satisfies it with {@code namespace: {{ .Release.Namespace }}}.
 * Cluster-scoped kinds are exempt.
 */
public final class ExplicitNamespace implements PolicyRule {

    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "ClusterRole",
            "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass", "IngressClass", "PriorityClass",
            "RuntimeClass", "CSIDriver", "CSINode", "VolumeAttachment", "APIService", "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
            "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ComponentStatus",
            "SecurityContextConstraints", "ClusterVersion", "Project", "ClusterIssuer");

    @Override
    public String id() {
        return "explicit-namespace";
    }

    @Override
    public String summary() {
        return "every namespaced object sets metadata.namespace";
    }

    @Override
    public String peers() {
        return "KL use-namespace; CK 21";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (Resource resource : set.all()) {
            if (resource.namespace().isEmpty() && !CLUSTER_SCOPED.contains(resource.kind())) {
                findings.accept(violation(resource, "/metadata/namespace", resource.kind() + " `" + resource.name()
                                + "` has no namespace",
                        "set metadata.namespace (in a chart: {{ .Release.Namespace }})"));
            }
        }
    }
}
