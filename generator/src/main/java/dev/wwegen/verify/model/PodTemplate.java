package dev.wwegen.verify.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pods a workload makes: where its pod template is (a JSON pointer into the owner) and what it holds.
 *
 * @param owner   the workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob) or a bare Pod
 * @param pointer where the template is in the owner: {@code /spec/template}, or {@code ""} for a Pod
 */
public record PodTemplate(Resource owner, String pointer) {

    /** A container of the template and where it is ({@code /spec/template/spec/containers/0}). */
    public record Container(JsonNode node, String pointer) {
        public String name() {
            return node.path("name").asText("");
        }
    }

    /** The pod template of a workload kind, if it is one. */
    public static Optional<PodTemplate> of(Resource resource) {
        String pointer = switch (resource.kind()) {
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job" ->
                    "/spec/template";
            case "CronJob" -> "/spec/jobTemplate/spec/template";
            case "Pod" -> "";
            default -> null;
        };
        return pointer == null ? Optional.empty() : Optional.of(new PodTemplate(resource, pointer));
    }

    public JsonNode template() {
        return pointer.isEmpty() ? owner.body() : owner.body().at(compiled(pointer));
    }

    private static final JsonPointer SPEC_TEMPLATE = JsonPointer.compile("/spec/template");
    private static final JsonPointer JOB_TEMPLATE = JsonPointer.compile("/spec/jobTemplate/spec/template");

    /** The pointers {@link #of} makes, compiled once: the template is looked up by every rule. */
    private static JsonPointer compiled(String pointer) {
        return switch (pointer) {
            case "/spec/template" -> SPEC_TEMPLATE;
            case "/spec/jobTemplate/spec/template" -> JOB_TEMPLATE;
            default -> JsonPointer.compile(pointer);
        };
    }

    /** The pod's labels (a JSON object, possibly missing). */
    public JsonNode labels() {
        return template().path("metadata").path("labels");
    }

    public JsonNode spec() {
        return template().path("spec");
    }

    /** Pointer of the pod spec: {@code /spec/template/spec}. */
    public String specPointer() {
        return pointer + "/spec";
    }

    /** The regular containers, in order. */
    public List<Container> containers() {
        return list("containers");
    }

    /** Init containers then regular containers: everything that runs code in the pod. */
    public List<Container> allContainers() {
        List<Container> all = new ArrayList<>(list("initContainers"));
        all.addAll(containers());
        return all;
    }

    private List<Container> list(String field) {
        List<Container> containers = new ArrayList<>();
        JsonNode items = spec().path(field);
        for (int i = 0; i < items.size(); i++) {
            containers.add(new Container(items.get(i), specPointer() + "/" + field + "/" + i));
        }
        return containers;
    }

    /** Whether a container of the pod declares the port, by name ({@code http}) or number ({@code 8080}). */
    public boolean declaresPort(JsonNode port) {
        for (Container container : containers()) {
            for (JsonNode declared : container.node().path("ports")) {
                if (port.isTextual() && !port.asText().matches("[0-9]+")
                        ? declared.path("name").asText("").equals(port.asText())
                        : declared.path("containerPort").asInt(-1) == port.asInt(-2)) {
                    return true;
                }
            }
        }
        return false;
    }
}
