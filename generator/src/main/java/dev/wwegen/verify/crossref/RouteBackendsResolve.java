package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every Service backendRef of an HTTPRoute or GRPCRoute names a Service of the input and a port number that
 * Service has (Gateway API: a backendRef's port is the Service's port, not its targetPort). A reference into
 * another namespace needs a ReferenceGrant there from the route's kind and namespace. An OpenShift Route's
 * {@code to} (and each {@code alternateBackends}) names a Service, and its {@code port.targetPort} names or
 * numbers a port of that Service (its name, or its targetPort as OpenShift resolves it).
 */
public final class RouteBackendsResolve implements CrossReferenceCheck {

    @Override
    public String id() {
        return "route-backends-resolve";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource route : set.ofKind("HTTPRoute", "GRPCRoute")) {
            JsonNode rules = route.body().path("spec").path("rules");
            for (int r = 0; r < rules.size(); r++) {
                JsonNode refs = rules.get(r).path("backendRefs");
                for (int b = 0; b < refs.size(); b++) {
                    gatewayBackend(set, route, "/spec/rules/" + r + "/backendRefs/" + b, refs.get(b), findings);
                }
            }
        }
        for (Resource route : set.ofKind("Route")) {
            if (!route.body().path("apiVersion").asText("").startsWith("route.openshift.io/")) {
                continue;
            }
            openShiftBackend(set, route, "/spec/to", route.body().path("spec").path("to"), findings);
            JsonNode alternates = route.body().path("spec").path("alternateBackends");
            for (int i = 0; i < alternates.size(); i++) {
                openShiftBackend(set, route, "/spec/alternateBackends/" + i, alternates.get(i), findings);
            }
        }
    }

    private void gatewayBackend(ResourceSet set, Resource route, String pointer, JsonNode ref,
                                Consumer<ValidationFinding> findings) {
        if (!ref.path("group").asText("").isEmpty() || !ref.path("kind").asText("Service").equals("Service")) {
            return;
        }
        String namespace = ref.path("namespace").asText(route.namespace());
        String name = ref.path("name").asText("");
        if (!namespace.equals(route.namespace()) && !granted(set, route, namespace, name)) {
            findings.accept(error(route, pointer + "/namespace", route.kind() + " `" + route.name()
                            + "` refers to Service `" + name + "` in namespace " + namespace + " without a ReferenceGrant",
                    "add a ReferenceGrant in namespace " + namespace + " from " + route.kind() + " in namespace "
                            + route.namespace() + " to Service " + name));
        }
        Optional<Resource> service = set.find("Service", namespace, name);
        if (service.isEmpty()) {
            findings.accept(error(route, pointer + "/name", "backend Service `" + name + "` is not defined"
                            + CrossReferenceCheck.inNamespace(namespace),
                    CrossReferenceCheck.elsewhereHint(set.elsewhere("Service", namespace, name),
                            "define the Service or fix the name")));
            return;
        }
        if (!ref.has("port")) {
            return; // the schema layer's CEL rule reports a Service backendRef without a port
        }
        String port = ref.path("port").asText();
        JsonNode ports = service.get().body().path("spec").path("ports");
        for (JsonNode declared : ports) {
            if (declared.path("port").asText("").equals(port)) {
                return;
            }
        }
        findings.accept(error(route, pointer + "/port", "Service `" + name + "` has no port " + port,
                "use one of its ports: " + IngressBackendResolves.describe(ports)));
    }

    /** A ReferenceGrant in the target namespace lets this route's kind and namespace refer to the Service. */
    static boolean granted(ResourceSet set, Resource from, String namespace, String name) {
        return ReferenceGrants.permit(set, from.kind(), from.namespace(), namespace, "", "Service", name);
    }

    private void openShiftBackend(ResourceSet set, Resource route, String pointer, JsonNode to,
                                  Consumer<ValidationFinding> findings) {
        if (!to.path("kind").asText("Service").equals("Service")) {
            return;
        }
        String name = to.path("name").asText("");
        Optional<Resource> service = set.find("Service", route.namespace(), name);
        if (service.isEmpty()) {
            findings.accept(error(route, pointer + "/name", "Route target Service `" + name + "` is not defined"
                            + CrossReferenceCheck.inNamespace(route.namespace()),
                    CrossReferenceCheck.elsewhereHint(set.elsewhere("Service", route.namespace(), name),
                            "define the Service or fix the name")));
            return;
        }
        JsonNode target = route.body().path("spec").path("port").path("targetPort");
        if (!pointer.equals("/spec/to") || target.isMissingNode() || target.isNull()) {
            return;
        }
        JsonNode ports = service.get().body().path("spec").path("ports");
        for (JsonNode declared : ports) {
            String wanted = target.asText();
            if (declared.path("name").asText("").equals(wanted) || declared.path("targetPort").asText("").equals(wanted)
                    || (target.isInt() && !declared.has("targetPort") && declared.path("port").asText().equals(wanted))) {
                return;
            }
        }
        findings.accept(error(route, "/spec/port/targetPort", "Service `" + name + "` has no port named or targeting "
                + target.asText(), "use one of its ports: " + IngressBackendResolves.describe(ports)));
    }
}
