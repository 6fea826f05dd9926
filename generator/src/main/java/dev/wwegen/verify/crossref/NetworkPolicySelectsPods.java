package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * A NetworkPolicy's podSelector matches the pods of at least one workload of the input in its
 * namespace; a policy that selects nothing protects nothing (kube-linter's dangling-networkpolicy).
 */
public final class NetworkPolicySelectsPods implements CrossReferenceCheck {

    @Override
    public String id() {
        return "networkpolicy-selects-pods";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource policy : set.ofKind("NetworkPolicy")) {
            JsonNode selector = policy.body().path("spec").path("podSelector");
            boolean selects = set.podTemplatesIn(policy.namespace()).stream()
                    .anyMatch(t -> LabelSelector.selects(selector, t.labels()));
            if (!selects) {
                findings.accept(error(policy, "/spec/podSelector", "podSelector matches no pods of the input"
                                + CrossReferenceCheck.inNamespace(policy.namespace()),
                        "use the pod template labels of the workload it protects"));
            }
        }
    }
}
