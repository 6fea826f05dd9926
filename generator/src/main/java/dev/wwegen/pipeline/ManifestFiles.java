package dev.wwegen.pipeline;

import dev.wwegen.emit.FileSet;
import dev.wwegen.emit.YamlWriter;
import dev.wwegen.render.RenderedObject;

/** Writes a generation's objects as YAML files, one per object, under {@code manifests/<profile>/}. */
public final class ManifestFiles {

    private ManifestFiles() {
    }

    public static void addTo(FileSet.Builder files, Generation generation, String model) {
        YamlWriter yaml = new YamlWriter().withHeader(
                ManifestLayout.header(model, generation.profile()).toArray(String[]::new));
        for (RenderedObject object : generation.objects()) {
            files.add(ManifestLayout.path(generation.profile(), object), yaml.write(object.tree()));
        }
    }

    /** The folder a profile's manifests own completely, for the emitter's stale-file cleanup. */
    public static String scope(String profile) {
        return ManifestLayout.folder(profile) + "/";
    }
}
