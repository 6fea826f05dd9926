package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
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

    /** The findings of every rule not in {@code skipped}. */
    public static List<ValidationFinding> check(ResourceSet set, PolicyOptions options, Set<String> skipped) {
        List<ValidationFinding> findings = new ArrayList<>();
        for (PolicyRule rule : ALL) {
            if (!skipped.contains(rule.id())) {
                rule.check(set, options, findings::add);
            }
        }
        return findings;
    }
}
