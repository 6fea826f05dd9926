package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Service with a selector selects the pods of at least one workload of the input in its namespace
 * (a Service without a selector, or of type ExternalName, routes elsewhere and is not checked).
 */
public final class ServiceSelectsPods implements CrossReferenceCheck {

    @Override
    public String id() {
        return "service-selects-pods";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource service : set.ofKind("Service")) {
            JsonNode selector = service.body().path("spec").path("selector");
            if (selector.isEmpty() || service.body().path("spec").path("type").asText("").equals("ExternalName")) {
                continue;
            }
            boolean selects = set.podTemplatesIn(service.namespace()).stream()
                    .anyMatch(t -> LabelSelector.mapSelects(selector, t.labels()));
            if (!selects) {
                findings.accept(error(service, "/spec/selector", "selector " + show(selector)
                                + " matches no pods of the input" + CrossReferenceCheck.inNamespace(service.namespace()),
                        "make it equal to the pod template labels of the workload it fronts"));
            }
        }
    }

    static String show(JsonNode selector) {
        List<String> pairs = new ArrayList<>();
        selector.properties().forEach(e -> pairs.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(",", pairs);
    }
}
