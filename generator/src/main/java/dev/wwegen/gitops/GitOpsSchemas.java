package dev.wwegen.gitops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The schemas of the Argo CD and Flux custom resources wwegen writes, for {@code validate} (strict, offline)
 * and for kubeconform ({@code schema export}). They are wwegen's own data ({@code wwegen/gitops/resources.json}),
 * written from the published API references of the versions named here, not copies of the upstream CRD files:
 * the fields, their types, enums and required fields, each object closed (unknown fields are errors).
 */
public final class GitOpsSchemas {

    /** The Argo CD release whose AppProject, Application and ApplicationSet reference the data follows. */
    public static final String ARGO_CD_VERSION = "v3.1";
    /** The Flux release whose HelmRelease (helm.toolkit.fluxcd.io/v2) and sources (v1) the data follows. */
    public static final String FLUX_VERSION = "v2.6";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DATA = load();

    private GitOpsSchemas() {
    }

    private static JsonNode load() {
        try (InputStream in = GitOpsSchemas.class.getClassLoader().getResourceAsStream("wwegen/gitops/resources.json")) {
            if (in == null) {
                throw new IllegalStateException("wwegen/gitops/resources.json is missing from the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read wwegen/gitops/resources.json", e);
        }
    }

    /** The constraints beyond structure (patterns, lengths, one-of rules), for {@link GitOpsConstraints}. */
    static JsonNode constraints() {
        return DATA.path("constraints");
    }

    /** Each kind as a CustomResourceDefinition body, which {@code validate}'s schema layer reads like any --crd. */
    public static List<JsonNode> customResourceDefinitions() {
        List<JsonNode> crds = new ArrayList<>();
        for (JsonNode kind : DATA.path("kinds")) {
            ObjectNode crd = JSON.createObjectNode();
            crd.put("apiVersion", "apiextensions.k8s.io/v1");
            crd.put("kind", "CustomResourceDefinition");
            crd.putObject("metadata").put("name", kind.path("plural").asText() + "." + kind.path("group").asText());
            ObjectNode spec = crd.putObject("spec");
            spec.put("group", kind.path("group").asText());
            spec.put("scope", "Namespaced");
            spec.putObject("names").put("kind", kind.path("kind").asText()).put("plural", kind.path("plural").asText());
            ObjectNode version = spec.putArray("versions").addObject();
            version.put("name", kind.path("version").asText()).put("served", true).put("storage", true);
            version.putObject("schema").set("openAPIV3Schema", kind.path("schema").deepCopy());
            crds.add(crd);
        }
        return crds;
    }

    /** The product and version each kind's schema follows, e.g. {@code argoproj.io/v1alpha1 ApplicationSet → Argo CD v3.1}. */
    public static SortedMap<String, String> versions() {
        SortedMap<String, String> out = new TreeMap<>();
        for (JsonNode kind : DATA.path("kinds")) {
            out.put(kind.path("group").asText() + "/" + kind.path("version").asText() + " " + kind.path("kind").asText(),
                    kind.path("product").asText() + " (" + kind.path("reference").asText() + ")");
        }
        return out;
    }

    /**
     * kubeconform's layout for custom resources, {@code {group}/{kind lowercase}_{version}.json}, as JSON Schema
     * (draft-07): strict (closed objects), apiVersion and kind fixed.
     */
    public static SortedMap<String, byte[]> kubeconformFiles() {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (JsonNode kind : DATA.path("kinds")) {
            ObjectNode schema = jsonSchema(kind.path("schema"));
            String id = kind.path("group").asText() + "/" + kind.path("version").asText() + "/" + kind.path("kind").asText();
            for (JsonNode constraint : constraints()) {
                if (constraint.path("kind").asText().equals(id)) {
                    constrain(schema, constraint);
                }
            }
            schema.put("$schema", "http://json-schema.org/draft-07/schema#");
            schema.put("description", kind.path("kind").asText() + " of " + kind.path("product").asText()
                    + ", after " + kind.path("reference").asText() + "; wwegen's own description, not the upstream CRD");
            ObjectNode properties = (ObjectNode) schema.get("properties");
            properties.putObject("apiVersion").put("type", "string").putArray("enum")
                    .add(kind.path("group").asText() + "/" + kind.path("version").asText());
            properties.putObject("kind").put("type", "string").putArray("enum").add(kind.path("kind").asText());
            properties.putObject("metadata").put("type", "object");
            ArrayNode required = schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
            required.insert(0, "metadata").insert(0, "kind").insert(0, "apiVersion");
            String path = kind.path("group").asText() + "/" + kind.path("kind").asText().toLowerCase(java.util.Locale.ROOT)
                    + "_" + kind.path("version").asText() + ".json";
            try {
                out.put(path, (JSON.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                        .writerWithDefaultPrettyPrinter().writeValueAsString(JSON.treeToValue(schema, Object.class))
                        + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Adds a constraint's pattern, maxLength or enum to the JSON Schema node at its path ({@code *}: array items). */
    private static void constrain(ObjectNode schema, JsonNode constraint) {
        JsonNode node = schema;
        for (String step : constraint.path("path").asText().substring(1).split("/")) {
            node = step.equals("*") ? node.path("items") : node.path("properties").path(step);
        }
        if (node instanceof ObjectNode target) {
            for (String keyword : List.of("pattern", "maxLength", "enum")) {
                if (constraint.has(keyword)) {
                    target.set(keyword, constraint.get(keyword).deepCopy());
                }
            }
        }
    }

    /** The structural schema as JSON Schema: objects with properties are closed; preserve-unknown becomes open. */
    private static ObjectNode jsonSchema(JsonNode node) {
        ObjectNode out = JSON.createObjectNode();
        if (node.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            switch (field.getKey()) {
                case "properties" -> {
                    ObjectNode props = out.putObject("properties");
                    field.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), jsonSchema(p.getValue())));
                    if (!node.has("additionalProperties")) {
                        out.put("additionalProperties", false);
                    }
                }
                case "items", "additionalProperties" -> out.set(field.getKey(), jsonSchema(field.getValue()));
                default -> out.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return out;
    }
}
