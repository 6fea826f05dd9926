package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every Ingress backend (the default backend and each path's) names a Service of the input in the
 * Ingress's namespace, and a port that Service has, by number or by name.
 */
public final class IngressBackendResolves implements CrossReferenceCheck {

    @Override
    public String id() {
        return "ingress-backend-resolves";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource ingress : set.ofKind("Ingress")) {
            for (String pointer : backends(ingress.body())) {
                JsonNode service = ingress.body().at(pointer + "/service");
                if (service.isObject()) {
                    backend(set, ingress, pointer + "/service", service, findings);
                }
            }
        }
    }

    private void backend(ResourceSet set, Resource ingress, String pointer, JsonNode backend,
                         Consumer<ValidationFinding> findings) {
        String name = backend.path("name").asText("");
        Optional<Resource> service = set.find("Service", ingress.namespace(), name);
        if (service.isEmpty()) {
            findings.accept(error(ingress, pointer + "/name", "backend Service `" + name + "` is not defined"
                            + CrossReferenceCheck.inNamespace(ingress.namespace()),
                    CrossReferenceCheck.elsewhereHint(set.elsewhere("Service", ingress.namespace(), name),
                            "define the Service or fix the name")));
            return;
        }
        JsonNode port = backend.path("port");
        JsonNode ports = service.get().body().path("spec").path("ports");
        boolean byName = port.has("name");
        String wanted = byName ? port.path("name").asText() : port.path("number").asText();
        for (JsonNode declared : ports) {
            if (declared.path(byName ? "name" : "port").asText("").equals(wanted)) {
                return;
            }
        }
        findings.accept(error(ingress, pointer + "/port", "Service `" + name + "` has no port " + wanted,
                "use one of its ports: " + describe(ports)));
    }

    static String describe(JsonNode ports) {
        List<String> all = new ArrayList<>();
        ports.forEach(p -> all.add(p.has("name") ? p.path("port").asText() + " (" + p.path("name").asText() + ")"
                : p.path("port").asText()));
        return all.isEmpty() ? "none" : String.join(", ", all);
    }

    private static List<String> backends(JsonNode ingress) {
        List<String> pointers = new ArrayList<>();
        if (ingress.path("spec").has("defaultBackend")) {
            pointers.add("/spec/defaultBackend");
        }
        JsonNode rules = ingress.path("spec").path("rules");
        for (int r = 0; r < rules.size(); r++) {
            JsonNode paths = rules.get(r).path("http").path("paths");
            for (int p = 0; p < paths.size(); p++) {
                pointers.add("/spec/rules/" + r + "/http/paths/" + p + "/backend");
            }
        }
        return pointers;
    }
}
