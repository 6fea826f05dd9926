package dev.wwegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class KubernetesSchemaTest {

    private final KubernetesSchema schema = KubernetesSchema.bundled();

    @Test
    void loadsTheBundledOpenApiOnce() {
        assertThat(KubernetesSchema.bundled()).isSameAs(schema);
    }

    @Test
    void reportsHowLongReadingTheOpenApiTakes() throws IOException {
        long start = System.nanoTime();
        KubernetesSchema fresh;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openshift-generated.json")) {
            fresh = KubernetesSchema.read(in);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Printed, not asserted: the time depends on the machine and on how warm the JVM already is.
        System.out.printf("KubernetesSchema.read(bundled OpenAPI): %d ms, %d kinds%n", millis, fresh.kinds().size());

        assertThat(fresh.kinds()).isEqualTo(schema.kinds());
    }

    @Test
    void findsGroupsNamedLikeK8sIoThatTheStockValidatorMisses() {
        assertThat(schema.lookup("networking.k8s.io/v1", "Ingress")).get()
                .extracting(SchemaNode::name).isEqualTo("io.k8s.api.networking.v1.Ingress");
        assertThat(schema.lookup("networking.k8s.io/v1", "NetworkPolicy")).get()
                .extracting(SchemaNode::name).isEqualTo("io.k8s.api.networking.v1.NetworkPolicy");
    }

    @Test
    void findsGroupsWithoutADotThatFabric8RecordsAsCore() {
        assertThat(schema.lookup("apps/v1", "Deployment")).get()
                .extracting(SchemaNode::name).isEqualTo("io.k8s.api.apps.v1.Deployment");
        assertThat(schema.lookup("autoscaling/v2", "HorizontalPodAutoscaler")).get()
                .extracting(SchemaNode::name).isEqualTo("io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler");
        assertThat(schema.lookup("policy/v1", "PodDisruptionBudget")).get()
                .extracting(SchemaNode::name).isEqualTo("io.k8s.api.policy.v1.PodDisruptionBudget");
        assertThat(schema.lookup("v1", "ConfigMap")).get()
                .extracting(SchemaNode::name).isEqualTo("io.k8s.api.core.v1.ConfigMap");
        assertThat(schema.lookup("v1", "Deployment")).isEmpty();
    }

    @Test
    void leavesOutApiVersionsThatKubernetes134NoLongerServes() {
        assertThat(schema.lookup("extensions/v1beta1", "Ingress")).isEmpty();
        assertThat(schema.lookup("networking.k8s.io/v1beta1", "Ingress")).isEmpty();
        assertThat(schema.lookup("policy/v1beta1", "PodDisruptionBudget")).isEmpty();
        assertThat(schema.lookup("autoscaling/v2beta2", "HorizontalPodAutoscaler")).isEmpty();
        assertThat(schema.apiVersionsOf("Deployment")).containsExactly("apps/v1");
        assertThat(schema.apiVersionsOf("HorizontalPodAutoscaler")).containsExactly("autoscaling/v1", "autoscaling/v2");
    }

    @Test
    void keepsBetaTypesThatAreStillServed() {
        assertThat(schema.lookup("networking.k8s.io/v1beta1", "ServiceCIDR")).isPresent();
    }

    @Test
    void includesOpenShiftTypes() {
        assertThat(schema.lookup("route.openshift.io/v1", "Route")).isPresent();
        assertThat(schema.kinds()).contains(new GroupVersionKind("apps.openshift.io", "v1", "DeploymentConfig"));
    }

    @Test
    void unknownKindsAndVersionsAreNotFound() {
        assertThat(schema.lookup("apps/v1", "Deploymnet")).isEmpty();
        assertThat(schema.lookup("apps/v9", "Deployment")).isEmpty();
        assertThat(schema.apiVersionsOf("Deploymnet")).isEmpty();
    }

    @Test
    void resolvesReferencesLazilyAndCachesThem() {
        SchemaNode spec = schema.lookup("apps/v1", "Deployment").orElseThrow().properties().get("spec");

        assertThat(spec.type()).isEqualTo(SchemaNode.Type.REF);
        assertThat(spec.resolve().name()).isEqualTo("io.k8s.api.apps.v1.DeploymentSpec");
        assertThat(spec.resolve()).isSameAs(schema.definition("io.k8s.api.apps.v1.DeploymentSpec").orElseThrow());
    }

    @Test
    void compilesKubernetesSpecialTypes() {
        SchemaNode port = schema.definition("io.k8s.api.core.v1.ServicePort").orElseThrow();
        SchemaNode limits = schema.definition("io.k8s.api.core.v1.ResourceRequirements").orElseThrow()
                .properties().get("limits");

        assertThat(port.properties().get("targetPort").resolve().type()).isEqualTo(SchemaNode.Type.INT_OR_STRING);
        assertThat(port.properties().get("protocol").allowed()).containsExactly("SCTP", "TCP", "UDP");
        assertThat(port.required()).containsExactly("port");
        assertThat(limits.additional()).get().extracting(a -> a.resolve().type()).isEqualTo(SchemaNode.Type.QUANTITY);
    }

    @Test
    void aDanglingReferenceAcceptsAnything() {
        // The bundle refers to RawExtension (and a few others) without defining them.
        SchemaNode items = schema.lookup("v1", "List").orElseThrow().properties().get("items").resolve().items();

        assertThat(items.resolve().type()).isEqualTo(SchemaNode.Type.ANY);
    }
}
