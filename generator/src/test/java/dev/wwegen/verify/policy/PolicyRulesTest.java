package dev.wwegen.verify.policy;

import dev.wwegen.verify.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every policy rule has a passing fixture (the prod profile's output, plus a documented exemption where
 * there is one) and a failing fixture (one change to it), and the failing test asserts the whole message.
 */
class PolicyRulesTest {

    static final String D = "Deployment";
    static final String POD = "/spec/template/spec";
    static final String C = POD + "/containers/0";

    /** One failing fixture: the rule, the change, and every finding it must give, formatted. */
    record Case(String rule, UnaryOperator<Fixture> change, List<String> expected) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static List<Case> failing() {
        return PolicyCases.ALL;
    }

    @Test
    void prodOutputPassesEveryRule() {
        assertThat(Fixture.prod().validate()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("failing")
    void failingFixtureGivesTheWholeMessage(Case c) {
        Fixture fixture = c.change().apply(Fixture.prod());
        assertThat(fixture.findings(c.rule())).containsExactlyElementsOf(c.expected());
    }

    @Test
    void everyRuleHasAFailingFixture() {
        Set<String> covered = PolicyCases.ALL.stream().map(Case::rule).collect(Collectors.toSet());
        assertThat(covered).containsAll(PolicyRules.ids());
    }

    @Test
    void everyRuleIdIsUniqueAndDocumented() {
        assertThat(PolicyRules.ids()).hasSize(PolicyRules.ALL.size()).hasSize(23);
        PolicyRules.ALL.forEach(r -> assertThat(r.summary()).isNotBlank());
        PolicyRules.ALL.forEach(r -> assertThat(r.peers()).isNotBlank());
    }

    @Test
    void developmentEnvironmentLetsOneReplicaPass() {
        Fixture dev = Fixture.prod().without("HorizontalPodAutoscaler").without("PodDisruptionBudget")
                .set(D, "/spec/replicas", "1");
        assertThat(dev.findings("replicas-and-pdb", PolicyOptions.DEVELOPMENT)).isEmpty();
        assertThat(dev.findings("replicas-and-pdb", PolicyOptions.PRODUCTION)).containsExactly(
                "error  prod.yaml:70 /spec/replicas: Deployment `wwe` runs 1 replica; production needs at least 2\n"
                        + "       hint: set replicas: 2 or more, or an autoscaler with minReplicas >= 2 (development:"
                        + " --environment development)");
    }

    @Test
    void openShiftLeavesTheUidToThePlatform() {
        Fixture openshift = Fixture.prod().remove(D, POD + "/securityContext/runAsUser")
                .remove(D, POD + "/securityContext/runAsGroup").remove(D, POD + "/securityContext/fsGroup");
        assertThat(openshift.findings("run-as-non-root")).isEmpty();
    }

    @Test
    void ifNotPresentIsWaivedOnlyWithADigest() {
        assertThat(Fixture.prod().findings("image-pull-policy")).isEmpty();
        Fixture tagOnly = Fixture.prod().set(D, C + "/image", "registry.example.com/wwe:1.0");
        assertThat(tagOnly.findings("image-pull-policy")).hasSize(1);
        assertThat(tagOnly.set(D, C + "/imagePullPolicy", "Always").findings("image-pull-policy")).isEmpty();
    }

    @Test
    void anAutoscaledDeploymentSetsNoReplicasAndCountsTheAutoscalersMinimum() {
        // kube-score over Polaris: no replicas under an HPA, and the HPA's minReplicas (3) satisfies ">= 2".
        assertThat(Fixture.prod().findings("hpa")).isEmpty();
        assertThat(Fixture.prod().findings("replicas-and-pdb")).isEmpty();
    }

    @Test
    void developmentEnvironmentLetsAnAutoscalerGoDownToOnePod() {
        Fixture one = Fixture.prod().set("HorizontalPodAutoscaler", "/spec/minReplicas", "1");
        assertThat(one.findings("hpa")).hasSize(1);
        assertThat(one.findings("hpa", PolicyOptions.DEVELOPMENT)).isEmpty();
    }

    @Test
    void policyWarnModeTurnsPolicyErrorsIntoWarnings() {
        Fixture fixture = Fixture.prod().set(D, C + "/securityContext/readOnlyRootFilesystem", "false");
        var options = new dev.wwegen.verify.ValidationOptions(PolicyMode.WARN, Set.of(),
                dev.wwegen.verify.KubernetesVersion.BUNDLED, PolicyOptions.PRODUCTION, List.of());
        assertThat(fixture.validate(options)).singleElement()
                .satisfies(f -> assertThat(f.finding().format()).startsWith("warning prod.yaml:"));
        var off = new dev.wwegen.verify.ValidationOptions(PolicyMode.OFF, Set.of(),
                dev.wwegen.verify.KubernetesVersion.BUNDLED, PolicyOptions.PRODUCTION, List.of());
        assertThat(fixture.validate(off)).isEmpty();
        var skipped = new dev.wwegen.verify.ValidationOptions(PolicyMode.ERROR, Set.of("read-only-root-filesystem"),
                dev.wwegen.verify.KubernetesVersion.BUNDLED, PolicyOptions.PRODUCTION, List.of());
        assertThat(fixture.validate(skipped)).isEmpty();
    }
}
