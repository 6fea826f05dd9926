package dev.wwegen.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.verify.KubernetesSchema;
import dev.wwegen.verify.ValidationOptions;
import dev.wwegen.verify.Validator;
import dev.wwegen.verify.input.Source;
import dev.wwegen.verify.kubeconform.KubeconformLayer;
import dev.wwegen.verify.kubeconform.KubeconformRunner;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;
import dev.wwegen.verify.policy.PolicyOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks rendered objects before anything is written, with every layer {@code wwegen validate} has:
 * strict schema, cross-references, policy (as errors), and kubeconform when it is on the PATH.
 *
 * <p>A profile is held to the production rules unless it says {@code environment: development}: then a
 * single replica passes (see {@code ReplicasAndDisruptionBudget}).
 */
final class ManifestVerifier {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Validator production = new Validator(ValidationOptions.DEFAULTS);
    private final Validator development = new Validator(ValidationOptions.DEFAULTS.withEnvironment(
            PolicyOptions.DEVELOPMENT));
    private final Optional<Path> kubeconform;

    ManifestVerifier() {
        this(KubeconformRunner.onPath());
    }

    ManifestVerifier(Optional<Path> kubeconform) {
        this.kubeconform = kubeconform;
    }

    List<Finding> verify(boolean developmentProfile, String folder, List<RenderedObject> objects) {
        List<Resource> resources = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (RenderedObject object : objects) {
            JsonNode tree = json(object.tree());
            String file = folder + "/" + object.fileName();
            resources.add(Resource.inMemory(tree, file));
            if (kubeconform.isPresent()) {
                sources.add(new Source(file, tree.toString()));
            }
        }
        List<ValidationFinding> findings = new ArrayList<>(
                (developmentProfile ? development : production).validate(resources));
        kubeconform.ifPresent(binary -> findings.addAll(
                KubeconformLayer.run(binary, sources, resources, KubernetesSchema.bundled()).findings()));
        return findings.stream().map(ManifestVerifier::tagged).toList();
    }

    /**
     * The JSON tree of a plain tree, node for node what {@code ObjectMapper.valueToTree} makes of it, built directly
     * (no serializing and reading back); a value of another type goes through the mapper.
     */
    static JsonNode json(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, child) -> object.set(String.valueOf(key), json(child)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            list.forEach(item -> array.add(json(item)));
            return array;
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number.intValue());
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number.longValue());
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number.doubleValue());
        }
        return MAPPER.valueToTree(value);
    }

    /** The finding with its layer and rule in front of the reason, so generate's output says which check failed. */
    private static Finding tagged(ValidationFinding f) {
        Finding finding = f.finding();
        String object = f.object().isNone() ? "" : f.object() + ": ";
        return new Finding(finding.severity(), finding.where(), finding.path(), object + finding.reason() + " ["
                + f.layer().word() + (f.rule().equals(f.layer().word()) ? "" : " " + f.rule()) + "]", finding.hint());
    }
}
