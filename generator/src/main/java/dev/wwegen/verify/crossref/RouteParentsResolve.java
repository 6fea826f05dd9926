package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * When the Gateway an HTTPRoute or GRPCRoute attaches to is in the input: its {@code sectionName} names a
 * listener of that Gateway, and the listener's {@code allowedRoutes.namespaces} admits the route's namespace
 * (Same, All, or a Selector matching the namespace's {@code kubernetes.io/metadata.name} label — the only
 * namespace label known offline). A Gateway outside the input is another team's and is not checked.
 */
public final class RouteParentsResolve implements CrossReferenceCheck {

    @Override
    public String id() {
        return "route-parents-resolve";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource route : set.ofKind("HTTPRoute", "GRPCRoute")) {
            JsonNode parents = route.body().path("spec").path("parentRefs");
            for (int i = 0; i < parents.size(); i++) {
                JsonNode parent = parents.get(i);
                if (!parent.path("kind").asText("Gateway").equals("Gateway")
                        || !parent.path("group").asText("gateway.networking.k8s.io").equals("gateway.networking.k8s.io")) {
                    continue;
                }
                String namespace = parent.path("namespace").asText(route.namespace());
                Optional<Resource> gateway = set.find("Gateway", namespace, parent.path("name").asText(""));
                String pointer = "/spec/parentRefs/" + i;
                gateway.ifPresent(g -> attach(route, pointer, parent, g, findings));
            }
        }
    }

    private void attach(Resource route, String pointer, JsonNode parent, Resource gateway,
                        Consumer<ValidationFinding> findings) {
        List<JsonNode> listeners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode listener : gateway.body().path("spec").path("listeners")) {
            names.add(listener.path("name").asText());
            if (!parent.has("sectionName") || listener.path("name").asText().equals(parent.path("sectionName").asText())) {
                listeners.add(listener);
            }
        }
        if (listeners.isEmpty()) {
            findings.accept(error(route, pointer + "/sectionName", "Gateway `" + gateway.name() + "` has no listener `"
                    + parent.path("sectionName").asText() + "`", "use one of its listeners: " + names));
            return;
        }
        String which = "Gateway `" + gateway.name() + "` listener"
                + (parent.has("sectionName") ? " `" + parent.path("sectionName").asText() + "`" : "s");
        if (parent.has("port")) {
            listeners.removeIf(l -> l.path("port").asInt() != parent.path("port").asInt());
            if (listeners.isEmpty()) {
                findings.accept(error(route, pointer + "/port", which + " do not listen on port "
                        + parent.path("port").asText(), "use the port of the listener, or leave port out"));
                return;
            }
        }
        listeners.removeIf(l -> !acceptsKind(l, route.kind()));
        if (listeners.isEmpty()) {
            findings.accept(error(route, pointer, which + " do not accept " + route.kind()
                            + " (its protocol or allowedRoutes.kinds)",
                    "attach to an HTTP or HTTPS listener whose allowedRoutes.kinds, if set, lists " + route.kind()));
            return;
        }
        JsonNode hostnames = route.body().path("spec").path("hostnames");
        listeners.removeIf(l -> !hostnamesIntersect(l.path("hostname").asText(""), hostnames));
        if (listeners.isEmpty()) {
            findings.accept(error(route, "/spec/hostnames", which + " serve no host of " + route.kind() + " `"
                            + route.name() + "`: none of " + hostnames + " matches the listener hostname",
                    "use a hostname the listener serves, or a listener without hostname"));
            return;
        }
        if (listeners.stream().noneMatch(l -> admits(l, gateway, route))) {
            findings.accept(error(route, pointer, "Gateway `" + gateway.name() + "` listener"
                            + (parent.has("sectionName") ? " `" + parent.path("sectionName").asText() + "`" : "s")
                            + " do not allow routes from namespace " + route.namespace(),
                    "set the listener's allowedRoutes.namespaces to select namespace " + route.namespace()));
        }
    }

    /**
     * Whether the listener takes routes of this kind: listed in allowedRoutes.kinds (group defaults to
     * gateway.networking.k8s.io), or, with no kinds listed, the protocol's own: HTTPRoute and GRPCRoute on HTTP
     * and HTTPS (TLS, TCP and UDP take their own route kinds; other protocols are the implementation's).
     */
    static boolean acceptsKind(JsonNode listener, String kind) {
        JsonNode kinds = listener.path("allowedRoutes").path("kinds");
        if (kinds.isArray() && !kinds.isEmpty()) {
            for (JsonNode k : kinds) {
                if (k.path("group").asText("gateway.networking.k8s.io").equals("gateway.networking.k8s.io")
                        && k.path("kind").asText().equals(kind)) {
                    return true;
                }
            }
            return false;
        }
        return switch (listener.path("protocol").asText()) {
            case "HTTP", "HTTPS" -> true;
            case "TLS", "TCP", "UDP" -> false;
            default -> true;
        };
    }

    /** Gateway API hostname matching: a listener without hostname serves every host; wildcards match a suffix. */
    static boolean hostnamesIntersect(String listener, JsonNode routeHostnames) {
        if (listener.isEmpty() || !routeHostnames.isArray() || routeHostnames.isEmpty()) {
            return true;
        }
        for (JsonNode host : routeHostnames) {
            if (intersect(listener, host.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersect(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.startsWith("*.") && b.endsWith(a.substring(1))) {
            return true; // *.example.com serves a.example.com and *.a.example.com
        }
        return b.startsWith("*.") && a.endsWith(b.substring(1));
    }

    private static boolean admits(JsonNode listener, Resource gateway, Resource route) {
        JsonNode namespaces = listener.path("allowedRoutes").path("namespaces");
        String from = namespaces.path("from").asText("Same");
        return switch (from) {
            case "All" -> true;
            case "Same" -> gateway.namespace().equals(route.namespace());
            case "Selector" -> LabelSelector.selects(namespaces.path("selector"),
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("kubernetes.io/metadata.name", route.namespace()));
            default -> false;
        };
    }
}
