package dev.wwegen.verify.kubeconform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.verify.GroupVersionKind;
import dev.wwegen.verify.KubernetesSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes kubeconform-compatible JSON schemas, one file per kind, from the bundled OpenAPI:
 * {@code DIR/master-standalone-strict/<kind>-<group>-<version>.json} (every object closed with
 * {@code additionalProperties: false}) and {@code DIR/master-standalone/…} (open), with every
 * {@code $ref} inlined, as kubeconform's "standalone" schemas are. Like openapi2jsonschema, optional
 * fields also accept null, int-or-string takes either, and quantities take strings or numbers.
 * Descriptions are dropped; a type that contains itself (JSONSchemaProps) is left open at the cycle.
 */
public final class SchemaExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    private static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private final KubernetesSchema schema;

    public SchemaExport(KubernetesSchema schema) {
        this.schema = schema;
    }

    /** The file name kubeconform looks for: {@code deployment-apps-v1.json}, {@code service-v1.json}. */
    public static String fileName(GroupVersionKind gvk) {
        String group = gvk.group().isEmpty() ? "" : "-" + gvk.group().split("\\.")[0];
        return gvk.kind().toLowerCase(Locale.ROOT) + group + "-" + gvk.version() + ".json";
    }

    /** The folders of the two variants, relative to the export folder. */
    public static final List<String> FOLDERS = List.of("master-standalone-strict", "master-standalone");

    /**
     * Both variants of every kind in {@code kinds}, by path relative to the export folder
     * ({@code master-standalone-strict/service-v1.json}), sorted. The CLI writes them through the emitter.
     */
    public SortedMap<String, String> files(Collection<GroupVersionKind> kinds) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        for (GroupVersionKind gvk : kinds) {
            var name = schema.definitionName(gvk);
            if (name.isEmpty()) {
                continue;
            }
            files.put(FOLDERS.get(0) + "/" + fileName(gvk), JSON.writeValueAsString(standalone(name.get(), true)));
            files.put(FOLDERS.get(1) + "/" + fileName(gvk), JSON.writeValueAsString(standalone(name.get(), false)));
        }
        return files;
    }

    /**
     * Writes {@link #files} into {@code dir}, a fresh private temp folder that this process created (kubeconform's
     * input); user-named folders go through the emitter instead. Returns the number of files written.
     */
    public int write(Path dir, Collection<GroupVersionKind> kinds) throws IOException {
        SortedMap<String, String> files = files(kinds);
        for (String folder : FOLDERS) {
            Files.createDirectories(dir.resolve(folder));
        }
        for (var file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }
        return files.size();
    }

    /** One definition with its references inlined. */
    JsonNode standalone(String definition, boolean strict) {
        ObjectNode root = (ObjectNode) inline(schema.rawDefinition(definition).orElseThrow(), strict, new HashSet<>(),
                true);
        root.put("$schema", "http://json-schema.org/schema#");
        return root;
    }

    private JsonNode inline(JsonNode node, boolean strict, Set<String> path, boolean required) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (name.equals(INT_OR_STRING)) {
                return nullable(JSON.createObjectNode().set("oneOf", types("string", "integer")), required);
            }
            if (name.equals(QUANTITY)) {
                return nullable(JSON.createObjectNode().set("oneOf", types("string", "number")), required);
            }
            if (!path.add(name)) {
                return JSON.createObjectNode();
            }
            JsonNode inlined = inline(schema.rawDefinition(name).orElse(JSON.createObjectNode()), strict, path, required);
            path.remove(name);
            return inlined;
        }
        ObjectNode out = JSON.createObjectNode();
        Set<String> requiredFields = new HashSet<>();
        node.path("required").forEach(r -> requiredFields.add(r.asText()));
        for (var field : node.properties()) {
            switch (field.getKey()) {
                case "description", "x-fabric8-info", "x-kubernetes-group-version-kind", "javaType", "javaInterfaces",
                        "existingJavaType" -> { }
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    field.getValue().properties().forEach(p -> properties.set(p.getKey(),
                            inline(p.getValue(), strict, path, requiredFields.contains(p.getKey()))));
                }
                case "items" -> out.set("items", inline(field.getValue(), strict, path, true));
                case "additionalProperties" -> out.set("additionalProperties", field.getValue().isObject()
                        ? inline(field.getValue(), strict, path, true) : field.getValue());
                case "type" -> out.set("type", required ? field.getValue() : orNull(field.getValue().asText()));
                default -> out.set(field.getKey(), field.getValue());
            }
        }
        if (node.has("format") && node.get("format").asText().equals("int-or-string")) {
            out.remove("type");
            out.remove("format");
            out.set("oneOf", types("string", "integer"));
        }
        if (strict && out.has("properties") && !out.has("additionalProperties")) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    private static JsonNode nullable(ObjectNode node, boolean required) {
        if (!required) {
            ((ArrayNode) node.get("oneOf")).addObject().put("type", "null");
        }
        return node;
    }

    /** {@code [{"type": a}, {"type": b}]}, for a oneOf. */
    private static ArrayNode types(String... names) {
        ArrayNode array = JSON.createArrayNode();
        for (String name : names) {
            array.addObject().put("type", name);
        }
        return array;
    }

    /** {@code ["integer", "null"]}: an optional field may be null. */
    private static ArrayNode orNull(String type) {
        return JSON.createArrayNode().add(type).add("null");
    }
}
