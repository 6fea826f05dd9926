package dev.wwegen.verify.crossref;

import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;

/** Every cross-reference check, in the order they run. */
public final class CrossReferences {

    /** All checks; a new check is a new class added here. */
    public static final List<CrossReferenceCheck> ALL = List.of(
            new WorkloadSelectsItsPods(),
            new ServiceSelectsPods(),
            new ServiceTargetPortResolves(),
            new IngressBackendResolves(),
            new RouteBackendsResolve(),
            new RouteParentsResolve(),
            new GatewayCertificatesGranted(),
            new ProbePortsDeclared(),
            new NetworkPolicySelectsPods(),
            new AutoscalerTargetExists(),
            new DisruptionBudgetSelectsPods());

    private CrossReferences() {
    }

    /** The findings of every check not in {@code skipped}. */
    public static List<ValidationFinding> check(ResourceSet set, java.util.Set<String> skipped) {
        List<ValidationFinding> findings = new ArrayList<>();
        for (CrossReferenceCheck check : ALL) {
            if (!skipped.contains(check.id())) {
                check.check(set, findings::add);
            }
        }
        return findings;
    }
}
