package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every workload's pods are isolated both ways: NetworkPolicies of its namespace select them and, taken
 * together, have policyTypes Ingress and Egress. A policy rule that admits everyone (an ingress rule with
 * no {@code from}, an egress rule with no {@code to}) defeats that and is reported on the policy. That a
 * policy selects some pod at all is the cross-reference check {@code networkpolicy-selects-pods}.
 */
public final class NetworkPolicyIsolates implements PolicyRule {

    @Override
    public String id() {
        return "network-policy";
    }

    @Override
    public String summary() {
        return "pods selected by NetworkPolicies with Ingress and Egress; no rule open to everyone";
    }

    @Override
    public String peers() {
        return "KL non-isolated-pod, dangling-networkpolicy; KS pod-networkpolicy, networkpolicy-targets-pod;"
                + " Pol missingNetworkPolicy; CKV2_K8S_6";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        List<Resource> policies = set.ofKind("NetworkPolicy");
        for (PodTemplate pods : set.podTemplates()) {
            boolean ingress = false;
            boolean egress = false;
            for (Resource policy : set.ofKindIn("NetworkPolicy", pods.owner().namespace())) {
                if (LabelSelector.selects(policy.body().path("spec").path("podSelector"), pods.labels())) {
                    for (JsonNode type : types(policy.body().path("spec"))) {
                        ingress |= type.asText().equals("Ingress");
                        egress |= type.asText().equals("Egress");
                    }
                }
            }
            if (!ingress || !egress) {
                String missing = !ingress && !egress ? "no NetworkPolicy selects its pods"
                        : "no NetworkPolicy restricts its " + (ingress ? "egress" : "ingress");
                findings.accept(violation(pods.owner(), pods.pointer() + "/metadata/labels", missing,
                        "add a NetworkPolicy whose podSelector matches these labels, with policyTypes"
                                + " [Ingress, Egress]"));
            }
        }
        policies.forEach(policy -> openRules(policy, findings));
    }

    private void openRules(Resource policy, Consumer<ValidationFinding> findings) {
        JsonNode spec = policy.body().path("spec");
        JsonNode ingress = spec.path("ingress");
        for (int i = 0; i < ingress.size(); i++) {
            if (ingress.get(i).path("from").isEmpty()) {
                findings.accept(violation(policy, "/spec/ingress/" + i, "ingress rule " + i
                        + " admits traffic from everywhere", "list the namespaces or pods allowed in `from`"));
            }
        }
        JsonNode egress = spec.path("egress");
        for (int i = 0; i < egress.size(); i++) {
            if (egress.get(i).path("to").isEmpty()) {
                findings.accept(violation(policy, "/spec/egress/" + i, "egress rule " + i
                        + " allows traffic to everywhere", "list the destinations allowed in `to`, e.g. kube-dns"));
            }
        }
    }

    /** policyTypes, or what Kubernetes infers when it is unset: Ingress, plus Egress when egress rules exist. */
    private static JsonNode types(JsonNode spec) {
        if (spec.has("policyTypes")) {
            return spec.path("policyTypes");
        }
        var inferred = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("Ingress");
        return spec.has("egress") ? inferred.add("Egress") : inferred;
    }
}
