package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.LabelSelector;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * One source for selector labels: a Service, PodDisruptionBudget or NetworkPolicy that selects a
 * workload's pods uses exactly the workload's own {@code spec.selector.matchLabels}, so a label added to
 * one cannot silently split them. That the references resolve at all (Ingress → Service → port → pod) is
 * the cross-reference layer's job.
 *
 * <p>Exemption: Polaris' metadataAndInstanceMismatched (app.kubernetes.io/instance equal to the object's
 * name) is not checked: Helm's convention, which wwegen's chart follows, sets it to the release name.
 */
public final class SelectorsAgree implements PolicyRule {

    @Override
    public String id() {
        return "selectors-agree";
    }

    @Override
    public String summary() {
        return "Service, PDB and NetworkPolicy selectors equal the workload's selector labels";
    }

    @Override
    public String peers() {
        return "KL mismatching-selector, dangling-service, dangling-ingress; KS selector-labels-match,"
                + " service-targets-pod, ingress-targets-service; Pol metadataAndInstanceMismatched (exempt)";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : set.podTemplates()) {
            JsonNode own = pods.owner().body().path("spec").path("selector").path("matchLabels");
            if (!own.isObject() || !pods.pointer().equals("/spec/template")) {
                continue;
            }
            String namespace = pods.owner().namespace();
            for (Resource service : set.ofKindIn("Service", namespace)) {
                JsonNode selector = service.body().path("spec").path("selector");
                if (LabelSelector.mapSelects(selector, pods.labels())) {
                    compare(service, "/spec/selector", selector, own, pods, findings);
                }
            }
            compareAll(set, "PodDisruptionBudget", "/spec/selector", own, pods, findings);
            compareAll(set, "NetworkPolicy", "/spec/podSelector", own, pods, findings);
        }
    }

    private void compareAll(ResourceSet set, String kind, String path, JsonNode own, PodTemplate pods,
                            Consumer<ValidationFinding> findings) {
        for (Resource other : set.ofKindIn(kind, pods.owner().namespace())) {
            JsonNode selector = other.body().at(path);
            if (!LabelSelector.isEmpty(selector)
                    && LabelSelector.selects(selector, pods.labels())) {
                compare(other, path + "/matchLabels", selector.path("matchLabels"), own, pods, findings);
            }
        }
    }

    private void compare(Resource other, String path, JsonNode selector, JsonNode own, PodTemplate pods,
                         Consumer<ValidationFinding> findings) {
        if (!selector.equals(own)) {
            findings.accept(violation(other, path, other.kind() + " `" + other.name() + "` selects "
                            + pods.owner().kind() + " `" + pods.owner().name() + "` by " + labels(selector)
                            + ", not by its selector " + labels(own),
                    "use the workload's selector labels: " + labels(own)));
        }
    }

    private static String labels(JsonNode map) {
        StringBuilder text = new StringBuilder();
        map.properties().forEach(e -> text.append(text.length() == 0 ? "" : ",").append(e.getKey()).append('=')
                .append(e.getValue().asText()));
        return text.length() == 0 ? "(none)" : text.toString();
    }
}
