package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.ControllerAdmission;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.Namespace;
import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.dsl.reference.WweReference;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The NetworkPolicy peer derived from a controller admits exactly that controller, as matchLabels match. */
class ControllerAdmissionTest {

    @Test
    void anIngressControllerIsAdmittedByItsNamespaceNameAndPodLabels() {
        var nginx = IngressController.named("ingress-nginx");
        assertThat(nginx.admission()).isEqualTo(new ControllerAdmission(
                Map.of("kubernetes.io/metadata.name", "ingress-nginx"), Map.of("app.kubernetes.io/name", "ingress-nginx")));
        assertThat(nginx.admission().admits(nginx.namespaceIdentity(), nginx.podLabels())).isTrue();
        assertThat(nginx.admission().admits(Map.of("kubernetes.io/metadata.name", "openshift-ingress"),
                nginx.podLabels())).isFalse();
        assertThat(nginx.admission().admits(nginx.namespaceIdentity(), Map.of("app.kubernetes.io/name", "traefik")))
                .isFalse();
    }

    @Test
    void theOpenShiftRouterIsAdmittedByThePolicyGroupLabelWhateverItsPods() {
        var router = IngressController.named("openshift-router").routing(RouteKind.OPENSHIFT)
                .in(Namespace.external("openshift-ingress"))
                .namespaceLabelled(Map.of(ControllerIsAdmitted.OPENSHIFT_INGRESS_LABEL, "")).selectedBy(Map.of());
        assertThat(router.admission().namespaceLabels()).containsExactly(
                Map.entry(ControllerIsAdmitted.OPENSHIFT_INGRESS_LABEL, ""));
        assertThat(router.admission().podLabels()).isEmpty();
        assertThat(router.admission().admits(router.namespaceIdentity(), Map.of())).isTrue();
        assertThat(new ControllerIsAdmitted().check(WweReference.architecture().withController(router))).isEmpty();
    }

    @Test
    void replacingTheControllerMovesTheGatewayComponentsAndConnections() {
        var traefik = IngressController.named("traefik");
        var routed = WweReference.architecture().withController(traefik);
        assertThat(routed.gateway().orElseThrow().controller()).isEqualTo(traefik);
        assertThat(routed.components()).contains(traefik).noneMatch(c -> c.name().equals("ingress-nginx"));
        assertThat(ModelCheck.run(routed)).noneMatch(Finding::isError);
        assertThat(routed.allConnections()).anyMatch(c -> c.source().equals(traefik) && c.number() == 9);
    }
}
