package dev.wwegen.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns fabric8 objects into plain trees (maps, lists, strings, numbers, booleans) so the stages
 * after render (emit, verify, chart) never see fabric8 types. Nulls are dropped; empty objects such
 * as {@code emptyDir: {}} are kept because they mean something. Trees are read-only: one tree is
 * written, validated and shown by every later stage.
 *
 * <p>The kinds wwegen renders are converted by {@code GeneratedTrees}, code the build makes from Jackson's own
 * view of the fabric8 classes ({@link TreeCode}): the same trees, without Jackson's reflection at the start of
 * every run. Any other class, and any value the generated code does not know, goes through Jackson.
 */
public final class ObjectTrees {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private static final Converter GENERATED = generatedConverter();

    private ObjectTrees() {
    }

    public static Map<String, Object> of(HasMetadata object) {
        Map<String, Object> tree = generated(object);
        // With -ea (every test run) each generated tree is held against Jackson's, key order and value classes too.
        assert tree == null || same(tree, viaJackson(object)) : "generated tree differs from Jackson's for " + object;
        return tree != null ? tree : readOnly(MAPPER.convertValue(object, TREE));
    }

    /** The tree of an object whose class the build-time converter knows, else null. */
    static Map<String, Object> generated(Object object) {
        try {
            return GENERATED == null ? null : GENERATED.tree(object);
        } catch (TreeValues.Unknown e) {
            return null;
        }
    }

    /** What Jackson makes of any value, read-only. */
    static Object jackson(Object value) {
        return readOnly(MAPPER.convertValue(value, Object.class));
    }

    /** The tree Jackson makes of an object, whatever the generated converter knows (for tests). */
    static Map<String, Object> viaJackson(HasMetadata object) {
        return readOnly(MAPPER.convertValue(object, TREE));
    }

    /** Whether the build-time converter is present (it is in every Maven build; see {@link TreeCode}). */
    static boolean hasGeneratedConverter() {
        return GENERATED != null;
    }

    /** Equal, with the same key order (a map's toString lists its entries in order; equals sees the classes). */
    static boolean same(Object a, Object b) {
        return a.equals(b) && a.toString().equals(b.toString());
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Converts objects of the classes it knows; null for any other. */
    interface Converter {
        Map<String, Object> tree(Object object);
    }

    private static Converter generatedConverter() {
        try {
            return (Converter) Class.forName(ObjectTrees.class.getPackageName() + "." + TreeCode.CLASS_NAME)
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            // Compiled without the build step (an IDE): Jackson converts everything, as fast as it can.
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T readOnly(T node) {
        if (node instanceof Map<?, ?>) {
            Map<String, Object> map = (Map<String, Object>) node;
            map.replaceAll((key, value) -> readOnly(value));
            return (T) Collections.unmodifiableMap(map);
        }
        if (node instanceof List<?>) {
            List<Object> list = (List<Object>) node;
            list.replaceAll(ObjectTrees::readOnly);
            return (T) Collections.unmodifiableList(list);
        }
        return node;
    }
}
