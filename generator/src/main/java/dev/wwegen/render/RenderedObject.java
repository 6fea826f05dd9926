package dev.wwegen.render;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Map;

/**
 * One rendered object and the file it is written to.
 *
 * @param fileName stable name inside a profile's manifest folder, e.g. {@code 04-deployment-wwe.yaml}
 * @param object   the fabric8 object
 * @param tree     the object as a plain tree, for writing and validating; made once (read-only)
 */
public record RenderedObject(String fileName, HasMetadata object, Map<String, Object> tree) {

    public RenderedObject(String fileName, HasMetadata object) {
        this(fileName, object, ObjectTrees.of(object));
    }

    public String kind() {
        return object.getKind();
    }
}
