package dev.wwegen.verify.crossref;

import dev.wwegen.verify.Fixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each cross-reference check passes on the prod output and fails, with its whole message, on one broken link. */
class CrossReferencesTest {

    private static final String C = "/spec/template/spec/containers/0";

    private static List<String> crossref(Fixture fixture) {
        return fixture.validate().stream().filter(f -> f.layer() == dev.wwegen.verify.model.Layer.CROSSREF)
                .map(f -> f.finding().format()).toList();
    }

    @Test
    void prodOutputResolvesEveryReference() {
        assertThat(crossref(Fixture.prod())).isEmpty();
    }

    @Test
    void ingressBackendMustNameAServiceAndItsPort() {
        assertThat(crossref(Fixture.prod().set("Ingress", "/spec/rules/0/http/paths/0/backend/service/port/number", "8080")))
                .containsExactly("error  prod.yaml:256 /spec/rules/0/http/paths/0/backend/service/port: Service `wwe` has"
                        + " no port 8080\n       hint: use one of its ports: 80 (http)");
        assertThat(crossref(Fixture.prod().set("Ingress", "/spec/rules/0/http/paths/0/backend/service/name", "web")))
                .containsExactly("error  prod.yaml:255 /spec/rules/0/http/paths/0/backend/service/name: backend Service"
                        + " `web` is not defined in namespace wwe\n       hint: define the Service or fix the name");
    }

    @Test
    void aReferenceDoesNotCrossNamespaces() {
        assertThat(crossref(Fixture.prod().set("Service", "/metadata/namespace", "other"))).contains(
                "error  prod.yaml:255 /spec/rules/0/http/paths/0/backend/service/name: backend Service `wwe` is not"
                        + " defined in namespace wwe\n       hint: Service wwe is in namespace other; references only"
                        + " resolve within one namespace");
    }

    @Test
    void serviceTargetPortMustBeAContainerPortOfTheSelectedPods() {
        assertThat(crossref(Fixture.prod().set("Service", "/spec/ports/0/targetPort", "web")))
                .containsExactly("error  prod.yaml:52 /spec/ports/0/targetPort: targetPort web is not a container port"
                        + " of Deployment wwe/wwe\n       hint: name one of its container ports: 8080 (http)");
    }

    @Test
    void serviceMustSelectAWorkload() {
        assertThat(crossref(Fixture.prod().set("Service", "/spec/selector/app.kubernetes.io~1name", "web")))
                .containsExactly("error  prod.yaml:53 /spec/selector: selector app.kubernetes.io/instance=wwe,"
                        + "app.kubernetes.io/name=web matches no pods of the input in namespace wwe\n"
                        + "       hint: make it equal to the pod template labels of the workload it fronts");
    }

    @Test
    void probePortsMustBeDeclared() {
        assertThat(crossref(Fixture.prod().set("Deployment", C + "/readinessProbe/httpGet/port", "metrics")))
                .containsExactly("error  prod.yaml:125 " + C + "/readinessProbe/httpGet/port: readinessProbe port metrics"
                        + " is not declared by container `wwe`\n       hint: declare it under ports, or probe a declared"
                        + " port: 8080 (http)");
    }

    @Test
    void networkPolicyMustSelectPods() {
        assertThat(crossref(Fixture.prod().set("NetworkPolicy", "/spec/podSelector/matchLabels/app.kubernetes.io~1name", "x")))
                .containsExactly("error  prod.yaml:302 /spec/podSelector: podSelector matches no pods of the input in"
                        + " namespace wwe\n       hint: use the pod template labels of the workload it protects");
    }

    @Test
    void autoscalerAndBudgetTargetsMustExist() {
        assertThat(crossref(Fixture.prod().set("HorizontalPodAutoscaler", "/spec/scaleTargetRef/name", "web")))
                .containsExactly("error  prod.yaml:207 /spec/scaleTargetRef: scale target Deployment `web` is not defined"
                        + " in namespace wwe\n       hint: name a Deployment or StatefulSet of the input");
        assertThat(crossref(Fixture.prod().set("PodDisruptionBudget", "/spec/selector/matchLabels/app.kubernetes.io~1name", "x")))
                .containsExactly("error  prod.yaml:226 /spec/selector: selector matches no pods of the input in namespace"
                        + " wwe\n       hint: use the selector of the workload it protects");
    }

    @Test
    void aWorkloadMustSelectItsOwnPods() {
        assertThat(crossref(Fixture.prod().set("Deployment", "/spec/selector/matchLabels/tier", "web")))
                .containsExactly("error  prod.yaml:72 /spec/selector: selector does not match the pod template's labels\n"
                        + "       hint: make spec.selector.matchLabels a subset of spec.template.metadata.labels");
    }
}
