package dev.wwegen.render;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Map;

/**
 * One rendered object and the file it is written to.
 *
 * @param fileName stable name inside a profile's manifest folder, e.g. {@code 04-deployment-wwe.yaml}
 * @param object   the fabric8 object
 */
public record RenderedObject(String fileName, HasMetadata object) {

    /** The object as a plain tree, for writing and validating. */
    public Map<String, Object> tree() {
        return ObjectTrees.of(object);
    }

    public String kind() {
        return object.getKind();
    }
}
