package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.verify.GroupVersionKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The route kinds wwegen validates without CRD files: for each, the structural schema from its fabric8
 * class with wwegen's constraint data merged in (enum, pattern, bounds, required), and the CEL rules.
 * Made from {@code wwegen/routes/constraints.yaml}: read as the build made it ({@link PrecomputedRoutes}),
 * else from the file itself ({@link ConstraintData}). Each kind is made on its first lookup, once, so a run
 * whose objects hold no route kind makes none.
 */
public final class RouteSchemas {

    private static final String CONSTRAINTS = "wwegen/routes/constraints.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RouteSchemas BUNDLED = load();

    private final Map<GroupVersionKind, Supplier<RouteKindSchema>> sources;
    private final Map<GroupVersionKind, RouteKindSchema> made = new ConcurrentHashMap<>();

    RouteSchemas(Map<GroupVersionKind, Supplier<RouteKindSchema>> sources) {
        this.sources = sources;
    }

    /** The bundled schemas. */
    public static RouteSchemas bundled() {
        return BUNDLED;
    }

    /** Every kind, in the data file's order (making those not made yet). */
    public List<RouteKindSchema> kinds() {
        return sources.keySet().stream().map(gvk -> lookup(gvk).orElseThrow()).toList();
    }

    /** The schema of one kind, if wwegen has it; made on the kind's first lookup (thread-safe, once). */
    public Optional<RouteKindSchema> lookup(GroupVersionKind gvk) {
        Supplier<RouteKindSchema> source = sources.get(gvk);
        return source == null ? Optional.empty() : Optional.of(made.computeIfAbsent(gvk, g -> source.get()));
    }

    private static RouteSchemas load() {
        byte[] constraints = constraintsFile();
        return new RouteSchemas(PrecomputedRoutes.read(constraints).orElseGet(() -> ConstraintData.parse(constraints)));
    }

    /** The bytes of {@code wwegen/routes/constraints.yaml}. */
    static byte[] constraintsFile() {
        try (InputStream in = RouteSchemas.class.getClassLoader().getResourceAsStream(CONSTRAINTS)) {
            if (in == null) {
                throw new IllegalStateException(CONSTRAINTS + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CustomResourceDefinition-shaped tree of one kind, for the schema layer's custom-resource path. */
    public static ObjectNode asCrd(RouteKindSchema kind) {
        ObjectNode crd = JSON.createObjectNode();
        crd.put("kind", "CustomResourceDefinition");
        ObjectNode spec = crd.putObject("spec");
        spec.put("group", kind.gvk().group());
        spec.putObject("names").put("kind", kind.gvk().kind());
        ArrayNode versions = spec.putArray("versions");
        ObjectNode version = versions.addObject().put("name", kind.gvk().version());
        version.putObject("schema").set("openAPIV3Schema", kind.schema().deepCopy());
        return crd;
    }

    static JsonNode toJson(Object value) {
        return JSON.valueToTree(value);
    }
}
