package dev.wwegen.pipeline;

import dev.wwegen.emit.FileSet;
import dev.wwegen.emit.YamlWriter;
import dev.wwegen.render.RenderedObject;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

/** Writes a generation's objects as YAML files, one per object, under {@code manifests/<profile>/}. */
public final class ManifestFiles {

    private ManifestFiles() {
    }

    public static void addTo(FileSet.Builder files, Generation generation, String model) {
        render(generation, model).forEach(files::add);
    }

    /** The generation's manifest files: path under the output folder → bytes. */
    public static SortedMap<String, byte[]> render(Generation generation, String model) {
        YamlWriter yaml = new YamlWriter().withHeader(
                ManifestLayout.header(model, generation.profile()).toArray(String[]::new));
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (RenderedObject object : generation.objects()) {
            files.put(ManifestLayout.path(generation.profile(), object),
                    yaml.write(object.tree()).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The folder a profile's manifests own completely, for the emitter's stale-file cleanup. */
    public static String scope(String profile) {
        return ManifestLayout.folder(profile) + "/";
    }
}
