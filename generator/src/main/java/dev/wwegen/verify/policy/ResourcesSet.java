package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every container requests and limits cpu, memory and ephemeral-storage. */
public final class ResourcesSet extends PodRule {

    private static final List<String> RESOURCES = List.of("cpu", "memory", "ephemeral-storage");

    @Override
    public String id() {
        return "resources-set";
    }

    @Override
    public String summary() {
        return "requests and limits for cpu, memory and ephemeral-storage";
    }

    @Override
    public String peers() {
        return "KL unset-cpu-requirements, unset-memory-requirements; KS container-resources,"
                + " container-ephemeral-storage-request-and-limit; Pol cpu/memoryRequestsMissing, cpu/memoryLimitsMissing;"
                + " CK 10, 11, 12, 13";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        for (PodTemplate.Container container : pods.allContainers()) {
            JsonNode resources = container.node().path("resources");
            List<String> missing = new ArrayList<>();
            for (String kind : List.of("requests", "limits")) {
                for (String resource : RESOURCES) {
                    if (resources.path(kind).path(resource).isMissingNode()) {
                        missing.add(kind + "." + resource);
                    }
                }
            }
            if (!missing.isEmpty()) {
                findings.accept(violation(pods.owner(), container.pointer() + "/resources", describe(container)
                                + " has no " + String.join(", ", missing),
                        "set requests and limits for cpu, memory and ephemeral-storage"));
            }
        }
    }
}
