package dev.wwegen.pipeline;

import dev.wwegen.docs.DocFormat;
import dev.wwegen.emit.FileSet;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one generate run produces: the files, and the folders it regenerates completely (where
 * owned files it no longer produces are stale).
 *
 * @param files  relative path → bytes
 * @param scopes folders owned completely by this run, e.g. {@code manifests/dev/}
 */
public record OutputPlan(FileSet files, Set<String> scopes) {

    public OutputPlan {
        scopes = Set.copyOf(new TreeSet<>(scopes));
    }

    /** Manifests and the architecture page of each good generation of the given model. */
    public static OutputPlan of(String model, List<Generation> generations) {
        FileSet.Builder files = FileSet.builder();
        Set<String> scopes = new TreeSet<>();
        for (Generation g : generations) {
            ManifestFiles.addTo(files, g, model);
            scopes.add(ManifestFiles.scope(g.profile()));
            String docs = DocsFiles.folder(g.profile());
            DocsFiles.render(g.release().orElseThrow().architecture(), g.release().orElseThrow(), DocFormat.defaults())
                    .forEach((path, bytes) -> files.add(docs + path, bytes));
            scopes.add(docs);
        }
        return new OutputPlan(files.build(), scopes);
    }
}
