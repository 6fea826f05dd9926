package dev.wwegen.resolve;

import dev.wwegen.dsl.check.ControllerIsAdmitted;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.Namespace;
import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.profile.Profile;

import java.util.List;

/**
 * Puts the profile's route choice into the model: the ingress chain's controller becomes the profile's
 * kind and identity (namespace, namespace labels, pod labels), and the model rule
 * {@link ControllerIsAdmitted} runs on the result. Its findings point at the profile's {@code route}
 * keys, so a controller the NetworkPolicy would not admit stops the run with exit code 2.
 */
final class ControllerChoice {

    private ControllerChoice() {
    }

    static Architecture apply(Architecture architecture, Profile profile, List<Finding> findings) {
        var route = profile.route();
        var chosen = route.controller();
        IngressController old = architecture.gateway().orElseThrow().controller();
        String name = chosen.preset().key().equals("custom") ? "ingress-controller" : chosen.preset().key();
        IngressController controller = new IngressController(name, label(route.kind(), name), route.kind(),
                Namespace.external(chosen.namespace()), chosen.namespaceLabels(), chosen.podLabels(), old.port());
        Architecture routed = architecture.withController(controller);
        for (Finding f : new ControllerIsAdmitted().check(routed)) {
            String path = f.path().replace("gateway.controller", "route.controller");
            findings.add(new Finding(f.severity(), profile.locations().of(path), path, f.reason(), f.hint()));
        }
        return routed;
    }

    /** The display name the table and diagrams show: the kind and, unless it is the reference's, the controller. */
    private static String label(RouteKind kind, String name) {
        return switch (kind) {
            case GATEWAY -> "Gateway API gateway (" + name + ")";
            case OPENSHIFT -> "OpenShift router";
            case INGRESS -> name.equals("ingress-nginx") ? "Ingress controller" : "Ingress controller (" + name + ")";
        };
    }
}
