package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * A workload's {@code spec.selector} selects its own pod template's labels (the API server rejects it
 * otherwise, but only at apply time).
 */
public final class WorkloadSelectsItsPods implements CrossReferenceCheck {

    @Override
    public String id() {
        return "workload-selects-its-pods";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : set.podTemplates()) {
            if (!pods.pointer().equals("/spec/template")) {
                continue;
            }
            JsonNode selector = pods.owner().body().path("spec").path("selector");
            if (selector.isMissingNode() || pods.owner().kind().equals("Job")
                    || pods.owner().kind().equals("ReplicationController")) {
                continue;
            }
            if (!LabelSelector.selects(selector, pods.labels())) {
                findings.accept(error(pods.owner(), "/spec/selector", "selector does not match the pod template's"
                        + " labels", "make spec.selector.matchLabels a subset of spec.template.metadata.labels"));
            }
        }
    }
}
