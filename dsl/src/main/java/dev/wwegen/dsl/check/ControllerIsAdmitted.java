package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.ControllerAdmission;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.RouteKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The NetworkPolicy peer derived from the chosen ingress controller admits that controller (connection
 * 9 reaches WWE), and admits no more than one namespace's forwarding pods. On OpenShift the router may run
 * on the host network, where only the namespace label {@code policy-group.network.openshift.io/ingress}
 * admits it (OpenShift's documented "allow from OpenShift ingress" policy).
 */
public final class ControllerIsAdmitted implements Rule {

    /** The namespace label OpenShift puts on its router's namespace for NetworkPolicies to select. */
    public static final String OPENSHIFT_INGRESS_LABEL = "policy-group.network.openshift.io/ingress";

    @Override
    public String id() {
        return "controller-is-admitted";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        IngressChain chain = architecture.gateway().filter(IngressChain::complete).orElse(null);
        if (chain == null) {
            return findings;
        }
        IngressController controller = chain.controller();
        ControllerAdmission admission = controller.admission();
        String where = Rule.where(architecture);
        String who = controller.kind().title() + " controller " + controller.name() + " (namespace "
                + controller.namespace().name() + ")";
        if (!admission.admits(controller.namespaceIdentity(), controller.podLabels())) {
            findings.add(Finding.error(where, "gateway.controller", "the NetworkPolicy would not admit " + who
                    + ": it selects namespaces " + admission.namespaceLabels() + " and pods " + admission.podLabels(),
                    "give the controller's real namespace labels and pod labels"));
        }
        if (controller.kind() == RouteKind.OPENSHIFT
                && !"".equals(controller.namespaceLabels().get(OPENSHIFT_INGRESS_LABEL))) {
            findings.add(Finding.error(where, "gateway.controller.namespaceLabels", "the NetworkPolicy would not admit "
                    + who + ": OpenShift admits its router (which may run on the host network) only by the namespace"
                    + " label " + OPENSHIFT_INGRESS_LABEL + "=\"\"",
                    "add namespaceLabels: {" + OPENSHIFT_INGRESS_LABEL + ": \"\"}"));
        }
        if (controller.kind() == RouteKind.OPENSHIFT && !controller.podLabels().isEmpty()) {
            findings.add(Finding.warning(where, "gateway.controller.podLabels", "a pod selector does not match "
                    + who + " when it runs on the host network (HostNetwork endpoint publishing)",
                    "leave podLabels empty; the namespace label admits the router"));
        }
        if (controller.kind() != RouteKind.OPENSHIFT && controller.podLabels().isEmpty()) {
            findings.add(Finding.warning(where, "gateway.controller.podLabels", "the NetworkPolicy admits every pod"
                    + " of the namespaces that " + who + " runs in", "name the labels of its forwarding pods"));
        }
        return findings;
    }
}
