package dev.wwegen.verify.kubeconform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.verify.GroupVersionKind;
import dev.wwegen.verify.routes.RouteKindSchema;
import dev.wwegen.verify.routes.RouteSchemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the route kinds' schemas (Gateway API, OpenShift Route) where kubeconform reads CRD schemas, in
 * the layout of the public CRD schema catalogs: {@code DIR/{group}/{kind in lower case}_{version}.json},
 * e.g. {@code gateway.networking.k8s.io/httproute_v1.json}. Use them with
 * {@code kubeconform -schema-location 'DIR/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json'}.
 * Objects are closed ({@code additionalProperties: false}); int-or-string takes either; the constraints
 * (enums, patterns, bounds) are in the schema; the CEL rules are not (JSON Schema cannot say them).
 */
public final class RouteSchemaExport {

    /** The kubeconform -schema-location template for this layout, relative to the export folder. */
    public static final String TEMPLATE = "{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RouteSchemaExport() {
    }

    /** {@code gateway.networking.k8s.io/httproute_v1.json}. */
    public static String path(GroupVersionKind gvk) {
        return gvk.group() + "/" + gvk.kind().toLowerCase(Locale.ROOT) + "_" + gvk.version() + ".json";
    }

    /** Writes every route kind; returns the number of files written. */
    public static int write(Path dir) throws IOException {
        var files = files();
        for (var entry : files.entrySet()) {
            Path file = dir.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue());
        }
        return files.size();
    }

    /** Path in the export folder → JSON text, for every route kind. */
    public static java.util.SortedMap<String, String> files() throws IOException {
        java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
        for (RouteKindSchema kind : RouteSchemas.bundled().kinds()) {
            ObjectNode schema = (ObjectNode) closed(kind.schema().deepCopy());
            schema.put("$schema", "http://json-schema.org/schema#");
            schema.put("description", kind.gvk().apiVersion() + " " + kind.gvk().kind() + ": structure from fabric8 7.5.2,"
                    + " constraints from " + kind.source() + " (wwegen)");
            files.put(path(kind.gvk()), JSON.writeValueAsString(schema));
        }
        return files;
    }

    /** The top folders the export owns (one per API group). */
    public static java.util.Set<String> folders() {
        java.util.Set<String> folders = new java.util.TreeSet<>();
        RouteSchemas.bundled().kinds().forEach(k -> folders.add(k.gvk().group()));
        return folders;
    }

    private static JsonNode closed(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        if (object.path("x-kubernetes-int-or-string").asBoolean()) {
            object.remove("x-kubernetes-int-or-string");
            ArrayNode oneOf = object.putArray("oneOf");
            oneOf.addObject().put("type", "string");
            oneOf.addObject().put("type", "integer");
        }
        boolean open = object.path("x-kubernetes-preserve-unknown-fields").asBoolean();
        object.remove("x-kubernetes-preserve-unknown-fields");
        if (object.has("properties")) {
            object.get("properties").properties().forEach(p -> closed(p.getValue()));
            if (!open && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        }
        if (object.has("items")) {
            closed(object.get("items"));
        }
        if (object.get("additionalProperties") instanceof ObjectNode extra) {
            closed(extra);
        }
        return object;
    }
}
