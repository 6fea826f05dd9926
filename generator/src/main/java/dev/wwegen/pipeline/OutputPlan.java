package dev.wwegen.pipeline;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.docs.DocFormat;
import dev.wwegen.emit.FileSet;

import java.io.IOException;
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

    /**
     * Manifests and architecture page of each good generation, the chart, and the values file of each
     * generated profile ({@code values/} is owned completely only when every profile is generated).
     */
    public static OutputPlan of(Generator generator, List<Generation> generations, boolean everyProfile)
            throws IOException {
        OutputPlan own = of(generator.architecture().name(), generations);
        FileSet.Builder files = FileSet.builder();
        own.files().paths().forEach(path -> files.add(path, own.files().bytes(path)));
        Set<String> scopes = new TreeSet<>(own.scopes());
        List<String> names = generations.stream().map(Generation::profile).toList();
        scopes.addAll(ChartFiles.addTo(files, generator.architecture(), generator.profiles(), names, everyProfile));
        return new OutputPlan(files.build(), scopes);
    }

    /** Manifests and the architecture page of each good generation of the given model. */
    static OutputPlan of(String model, List<Generation> generations) {
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
