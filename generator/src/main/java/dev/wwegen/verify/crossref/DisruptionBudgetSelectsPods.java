package dev.wwegen.verify.crossref;

import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/** A PodDisruptionBudget's selector matches the pods of a workload of the input in its namespace. */
public final class DisruptionBudgetSelectsPods implements CrossReferenceCheck {

    @Override
    public String id() {
        return "pdb-selects-pods";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource budget : set.ofKind("PodDisruptionBudget")) {
            var selector = budget.body().path("spec").path("selector");
            boolean selects = set.podTemplatesIn(budget.namespace()).stream()
                    .anyMatch(t -> LabelSelector.selects(selector, t.labels()));
            if (!selects) {
                findings.accept(error(budget, "/spec/selector", "selector matches no pods of the input"
                                + CrossReferenceCheck.inNamespace(budget.namespace()),
                        "use the selector of the workload it protects"));
            }
        }
    }
}
