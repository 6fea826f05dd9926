package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One compiled schema from the OpenAPI: the shape a value must have, reduced to what validation needs.
 *
 * <p>A {@code $ref} stays a reference ({@link Type#REF}) and is resolved through the owning
 * {@link KubernetesSchema} when first walked, so compiling a Deployment does not compile the
 * whole graph of types it could reach.
 */
public final class SchemaNode {

    /** What kind of JSON value a schema accepts. */
    public enum Type {
        /** A mapping; {@link #properties()} are its known fields, {@link #additional()} the schema of any other key. */
        OBJECT,
        ARRAY,
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        /** {@code IntOrString}: an integer or a string, such as {@code targetPort: 8080} or {@code http}. */
        INT_OR_STRING,
        /** {@code Quantity}: a number or a string in the quantity format ({@code 100m}, {@code 128Mi}). */
        QUANTITY,
        /** Anything: free-form JSON, preserved unknown fields, or types the bundle does not define. */
        ANY,
        /** A {@code $ref} to a named definition, see {@link #resolve()}. */
        REF
    }

    static final String QUANTITY_DEFINITION = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    private static final String INT_OR_STRING_DEFINITION = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    static final SchemaNode ANYTHING = new SchemaNode(Type.ANY, "", null);

    private final Type type;
    private final String name;
    private final KubernetesSchema owner;
    private Map<String, SchemaNode> properties = Map.of();
    private Set<String> required = Set.of();
    private SchemaNode additional;
    private SchemaNode items;
    private List<String> allowed = List.of();
    private boolean nullable;

    private SchemaNode(Type type, String name, KubernetesSchema owner) {
        this.type = type;
        this.name = name;
        this.owner = owner;
    }

    /** Compiles a definition or an inline schema; {@code name} is the definition name, or "" inline. */
    static SchemaNode compile(JsonNode json, String name, KubernetesSchema owner) {
        if (name.equals(QUANTITY_DEFINITION)) {
            return new SchemaNode(Type.QUANTITY, name, owner);
        }
        if (name.equals(INT_OR_STRING_DEFINITION) || json.path("format").asText().equals("int-or-string")
                || json.path("x-kubernetes-int-or-string").asBoolean()) {
            return new SchemaNode(Type.INT_OR_STRING, name, owner);
        }
        if (json.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            return new SchemaNode(Type.ANY, name, owner);
        }
        String ref = json.path("$ref").asText("");
        if (!ref.isEmpty()) {
            return new SchemaNode(Type.REF, ref.substring(ref.lastIndexOf('/') + 1), owner);
        }
        SchemaNode node = new SchemaNode(typeOf(json.path("type").asText("")), name, owner);
        node.nullable = json.path("nullable").asBoolean(false);
        switch (node.type) {
            case OBJECT -> node.compileObject(json);
            case ARRAY -> node.items = json.has("items") ? compile(json.get("items"), "", owner) : ANYTHING;
            default -> node.allowed = enumValues(json);
        }
        return node;
    }

    private void compileObject(JsonNode json) {
        Map<String, SchemaNode> fields = new LinkedHashMap<>();
        json.path("properties").properties().forEach(f -> fields.put(f.getKey(), compile(f.getValue(), "", owner)));
        properties = Collections.unmodifiableMap(fields);
        Set<String> needed = new LinkedHashSet<>();
        json.path("required").forEach(r -> needed.add(r.asText()));
        required = Collections.unmodifiableSet(needed);
        JsonNode extra = json.get("additionalProperties");
        if (extra != null && extra.isObject()) {
            additional = compile(extra, "", owner);
        } else if (extra != null ? extra.asBoolean() : fields.isEmpty()) {
            // Like kubectl and kubeconform's strict mode: an object that lists no properties is free-form
            // (e.g. FieldsV1); one that lists properties accepts nothing else.
            additional = ANYTHING;
        }
    }

    private static Type typeOf(String type) {
        return switch (type) {
            case "object" -> Type.OBJECT;
            case "array" -> Type.ARRAY;
            case "string" -> Type.STRING;
            case "integer" -> Type.INTEGER;
            case "number" -> Type.NUMBER;
            case "boolean" -> Type.BOOLEAN;
            default -> Type.ANY;
        };
    }

    private static List<String> enumValues(JsonNode json) {
        List<String> values = new ArrayList<>();
        json.path("enum").forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    public Type type() {
        return type;
    }

    /** The definition name ({@code io.k8s.api.core.v1.Container}), or for a {@link Type#REF} its target; "" inline. */
    public String name() {
        return name;
    }

    /** Known fields of an {@link Type#OBJECT}, in schema order; empty for other types. */
    public Map<String, SchemaNode> properties() {
        return properties;
    }

    public Set<String> required() {
        return required;
    }

    /** Schema of keys not in {@link #properties()}; empty when unknown keys are not allowed. */
    public Optional<SchemaNode> additional() {
        return Optional.ofNullable(additional);
    }

    /** Schema of an {@link Type#ARRAY}'s elements; {@link Type#ANY} for other types. */
    public SchemaNode items() {
        return items == null ? ANYTHING : items;
    }

    /** Whether the schema says {@code nullable: true} (a CustomResourceDefinition's way to allow null). */
    public boolean nullable() {
        return nullable;
    }

    /** The allowed values of an enumerated string; empty when any value of the type is allowed. */
    public List<String> allowed() {
        return allowed;
    }

    /** This node, or for a {@link Type#REF} the definition it names ({@link Type#ANY} if the bundle lacks it). */
    public SchemaNode resolve() {
        SchemaNode node = this;
        // A definition can itself be a bare $ref; the bound guards against a cycle of such aliases.
        for (int hops = 0; node.type == Type.REF && hops < 8; hops++) {
            node = owner.definition(node.name).orElse(ANYTHING);
        }
        return node.type == Type.REF ? ANYTHING : node;
    }

    @Override
    public String toString() {
        return name.isEmpty() ? type.name().toLowerCase(java.util.Locale.ROOT) : type + " " + name;
    }
}
