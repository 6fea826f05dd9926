package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * A HorizontalPodAutoscaler's {@code scaleTargetRef} names a workload of the input in its namespace,
 * with the same kind and apiVersion.
 */
public final class AutoscalerTargetExists implements CrossReferenceCheck {

    @Override
    public String id() {
        return "hpa-target-exists";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource hpa : set.ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = hpa.body().path("spec").path("scaleTargetRef");
            String kind = target.path("kind").asText("");
            String name = target.path("name").asText("");
            var found = set.find(kind, hpa.namespace(), name);
            if (found.isEmpty()) {
                findings.accept(error(hpa, "/spec/scaleTargetRef", "scale target " + kind + " `" + name
                                + "` is not defined" + CrossReferenceCheck.inNamespace(hpa.namespace()),
                        CrossReferenceCheck.elsewhereHint(set.elsewhere(kind, hpa.namespace(), name),
                                "name a Deployment or StatefulSet of the input")));
            } else if (target.has("apiVersion")
                    && !target.path("apiVersion").asText().equals(found.get().body().path("apiVersion").asText())) {
                findings.accept(error(hpa, "/spec/scaleTargetRef/apiVersion", "scale target apiVersion "
                                + target.path("apiVersion").asText() + " differs from the " + kind + "'s "
                                + found.get().body().path("apiVersion").asText(),
                        "use " + found.get().body().path("apiVersion").asText()));
            }
        }
    }
}
