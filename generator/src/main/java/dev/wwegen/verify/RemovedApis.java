package dev.wwegen.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * API versions that Kubernetes has stopped serving by 1.34 although fabric8's bundled OpenAPI still
 * describes them (it keeps old models for old clusters).
 *
 * <p>Taken from the Kubernetes deprecated API migration guide. They are left out of
 * {@link KubernetesSchema}'s index so a manifest using them is rejected, and the table supplies
 * the hint: when it was removed and what to write instead.
 */
final class RemovedApis {

    /** Why a removed API is gone and what replaces it; {@code replacement} is empty when nothing does. */
    record Removal(String removedIn, String replacement) {
    }

    // apiVersion | kinds ("*" = every kind) | removed in | replacement apiVersion ("-" = none)
    private static final String TABLE = """
            extensions/v1beta1                   | Deployment,DaemonSet,ReplicaSet,Scale,DeploymentRollback | 1.16 | apps/v1
            extensions/v1beta1                   | NetworkPolicy                                  | 1.16 | networking.k8s.io/v1
            extensions/v1beta1                   | PodSecurityPolicy                              | 1.16 | -
            extensions/v1beta1                   | Ingress                                        | 1.22 | networking.k8s.io/v1
            apps/v1beta1                         | *                                              | 1.16 | apps/v1
            apps/v1beta2                         | *                                              | 1.16 | apps/v1
            networking.k8s.io/v1beta1            | Ingress,IngressClass                           | 1.22 | networking.k8s.io/v1
            rbac.authorization.k8s.io/v1alpha1   | *                                              | 1.22 | rbac.authorization.k8s.io/v1
            rbac.authorization.k8s.io/v1beta1    | *                                              | 1.22 | rbac.authorization.k8s.io/v1
            scheduling.k8s.io/v1alpha1           | *                                              | 1.22 | scheduling.k8s.io/v1
            scheduling.k8s.io/v1beta1            | *                                              | 1.22 | scheduling.k8s.io/v1
            storage.k8s.io/v1beta1               | CSIDriver,CSINode,StorageClass,VolumeAttachment | 1.22 | storage.k8s.io/v1
            storage.k8s.io/v1beta1               | CSIStorageCapacity                             | 1.27 | storage.k8s.io/v1
            certificates.k8s.io/v1beta1          | CertificateSigningRequest                      | 1.22 | certificates.k8s.io/v1
            coordination.k8s.io/v1beta1          | Lease                                          | 1.22 | coordination.k8s.io/v1
            admissionregistration.k8s.io/v1beta1 | MutatingWebhookConfiguration,ValidatingWebhookConfiguration | 1.22 | admissionregistration.k8s.io/v1
            authentication.k8s.io/v1beta1        | TokenReview                                    | 1.22 | authentication.k8s.io/v1
            authorization.k8s.io/v1beta1         | *                                              | 1.22 | authorization.k8s.io/v1
            batch/v1beta1                        | *                                              | 1.25 | batch/v1
            discovery.k8s.io/v1beta1             | *                                              | 1.25 | discovery.k8s.io/v1
            events.k8s.io/v1beta1                | *                                              | 1.25 | events.k8s.io/v1
            autoscaling/v2beta1                  | *                                              | 1.25 | autoscaling/v2
            policy/v1beta1                       | PodSecurityPolicy                              | 1.25 | -
            policy/v1beta1                       | *                                              | 1.25 | policy/v1
            node.k8s.io/v1beta1                  | *                                              | 1.25 | node.k8s.io/v1
            autoscaling/v2beta2                  | *                                              | 1.26 | autoscaling/v2
            flowcontrol.apiserver.k8s.io/v1beta1 | *                                              | 1.26 | flowcontrol.apiserver.k8s.io/v1
            flowcontrol.apiserver.k8s.io/v1beta2 | *                                              | 1.29 | flowcontrol.apiserver.k8s.io/v1
            flowcontrol.apiserver.k8s.io/v1beta3 | *                                              | 1.32 | flowcontrol.apiserver.k8s.io/v1
            """;

    /** Keyed by "apiVersion kind", or "apiVersion *" for a whole group version; first row wins. */
    private static final Map<String, Removal> BY_KEY = parse();

    private RemovedApis() {
    }

    static Optional<Removal> find(String apiVersion, String kind) {
        Removal exact = BY_KEY.get(apiVersion + " " + kind);
        return Optional.ofNullable(exact != null ? exact : BY_KEY.get(apiVersion + " *"));
    }

    static boolean isRemoved(GroupVersionKind gvk) {
        return find(gvk.apiVersion(), gvk.kind()).isPresent();
    }

    private static Map<String, Removal> parse() {
        Map<String, Removal> table = new HashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.split("\\|");
            Removal removal = new Removal(cells[2].trim(), cells[3].trim().equals("-") ? "" : cells[3].trim());
            for (String kind : cells[1].trim().split(",")) {
                table.putIfAbsent(cells[0].trim() + " " + kind.trim(), removal);
            }
        }
        return Map.copyOf(table);
    }
}
