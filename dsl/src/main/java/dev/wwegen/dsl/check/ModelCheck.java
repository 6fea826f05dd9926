package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;

import java.util.List;

/** Runs every model rule and returns all findings together, sorted, so a user sees every problem at once. */
public final class ModelCheck {

    private static final List<Rule> RULES = List.of(
            new NamesAreDnsLabels(),
            new ComponentNamesUnique(),
            new PortsInRange(),
            new PortNamesAreServiceNames(),
            new ConnectionNumbersUnique(),
            new ConnectionEndpointsDeclared(),
            new ConnectionsReachDeclaredPorts(),
            new IngressChainEndsAtDeclaredPort(),
            new HttpsHopHasTls(),
            new ControllerIsAdmitted(),
            new ProbesTargetDeclaredPort(),
            new NamespacesMatchOwnership(),
            new ImageIsPinned(),
            new BackendsAreReachable(),
            new WebAppIsDeployable());

    private ModelCheck() {
    }

    /**
     * Every model rule, in the order they run.
     *
     * @return the rules
     */
    public static List<Rule> rules() {
        return RULES;
    }

    /**
     * Runs every rule on a model.
     *
     * @param architecture the model
     * @return every finding, sorted by {@link Finding#ORDER}
     */
    public static List<Finding> run(Architecture architecture) {
        return RULES.stream().flatMap(rule -> rule.check(architecture).stream()).sorted(Finding.ORDER).toList();
    }
}
