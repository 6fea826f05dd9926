package dev.wwegen.verify.policy;

import java.util.List;
import java.util.Set;

/** Every policy rule, one per row of policy-checks.md, in the table's order. */
public final class PolicyRules {

    /** All rules; a new rule is a new class added here. */
    public static final List<PolicyRule> ALL = List.of(
            new RunAsNonRoot(),
            new ReadOnlyRootFilesystem(),
            new NoPrivilegeEscalation(),
            new DropAllCapabilities(),
            new SeccompRuntimeDefault(),
            new NoHostAccess(),
            new AllowedVolumeTypes(),
            new ResourcesSet(),
            new ProbesSet(),
            new ImagePinned(),
            new ImagePullPolicy(),
            new ServiceAccountTokenNotMounted(),
            new ExplicitNamespace(),
            new NetworkPolicyIsolates(),
            new ReplicasAndDisruptionBudget(),
            new AutoscalerBounds(),
            new SpreadAcrossNodesAndZones(),
            new SelectorsAgree(),
            new RollingUpdateAndClusterIp(),
            new ContainerPortsNamed(),
            new IngressTls(),
            new NoSecretsInEnv(),
            new StableApiVersions());

    private PolicyRules() {
    }

    /** The ids of all rules, for {@code --skip} validation and help. */
    public static Set<String> ids() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        ALL.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The rules not in {@code skipped}, in the table's order. */
    public static List<PolicyRule> active(Set<String> skipped) {
        return ALL.stream().filter(rule -> !skipped.contains(rule.id())).toList();
    }
}
