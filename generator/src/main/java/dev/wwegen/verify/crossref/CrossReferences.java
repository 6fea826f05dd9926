package dev.wwegen.verify.crossref;

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

    /** The checks not in {@code skipped}, in the order they run. */
    public static List<CrossReferenceCheck> active(java.util.Set<String> skipped) {
        return ALL.stream().filter(check -> !skipped.contains(check.id())).toList();
    }
}
