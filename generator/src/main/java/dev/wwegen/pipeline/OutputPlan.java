package dev.wwegen.pipeline;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.chart.ValuesFiles;
import dev.wwegen.docs.DocFormat;
import dev.wwegen.emit.FileSet;
import dev.wwegen.emit.OwnedFiles;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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

    /** This plan and more files with the folders they own completely (e.g. a fleet's {@code fleet/}, {@code gitops/}). */
    public OutputPlan plus(FileSet more, Set<String> moreScopes) {
        FileSet.Builder all = FileSet.builder();
        files.paths().forEach(p -> all.add(p, files.bytes(p)));
        more.paths().forEach(p -> all.add(p, more.bytes(p)));
        Set<String> scopesOfBoth = new TreeSet<>(scopes);
        scopesOfBoth.addAll(moreScopes);
        return new OutputPlan(all.build(), scopesOfBoth);
    }

    /**
     * Manifests and architecture page of each good generation, the chart, and the values file of each
     * generated profile ({@code values/} is owned completely only when every profile is generated).
     */
    public static OutputPlan of(Generator generator, List<Generation> generations, boolean everyProfile)
            throws IOException {
        return of(generator, generations, everyProfile, OwnedFiles.none());
    }

    /** As {@link #of(Generator, List, boolean)}, reusing the diagrams of {@code output} that are still current. */
    public static OutputPlan of(Generator generator, List<Generation> generations, boolean everyProfile,
                                OwnedFiles output) throws IOException {
        String model = generator.architecture().name();
        FileSet.Builder files = FileSet.builder();
        Set<String> scopes = new TreeSet<>();
        for (Generation g : generations) {
            files(model, g, output).forEach(files::add);
            scopes.add(ManifestFiles.scope(g.profile()));
            scopes.add(DocsFiles.folder(g.profile()));
        }
        List<String> names = generations.stream().map(Generation::profile).toList();
        scopes.addAll(ChartFiles.addTo(files, generator.architecture(), generator.profiles(), names, everyProfile));
        return new OutputPlan(files.build(), scopes);
    }

    /**
     * The plan from each profile's files made already, values file included (see {@link ProfileRuns}), and the
     * chart.
     */
    public static OutputPlan of(Generator generator, Collection<ProfileFiles> profiles, boolean everyProfile)
            throws IOException {
        return of(generator, profiles, everyProfile, ChartFiles.prepare(generator.architecture(),
                ValuesFiles.of(generator.architecture(), generator.profiles())));
    }

    /** As {@link #of(Generator, Collection, boolean)}, with the chart's files made already (all but its README). */
    public static OutputPlan of(Generator generator, Collection<ProfileFiles> profiles, boolean everyProfile,
                                ChartFiles.Prepared chart) throws IOException {
        FileSet.Builder files = FileSet.builder();
        Set<String> scopes = new TreeSet<>();
        Map<String, String> namespaces = new HashMap<>();
        for (ProfileFiles p : profiles) {
            p.files().forEach(files::addUncopied); // made for this plan, never changed
            scopes.add(ManifestFiles.scope(p.profile()));
            scopes.add(DocsFiles.folder(p.profile()));
            namespaces.put(p.profile(), p.namespace());
        }
        scopes.addAll(chart.addTo(files, generator.profiles(), namespaces, everyProfile));
        return new OutputPlan(files.build(), scopes);
    }

    /** Manifests and the architecture page of each good generation of the given model. */
    static OutputPlan of(String model, List<Generation> generations) {
        FileSet.Builder files = FileSet.builder();
        Set<String> scopes = new TreeSet<>();
        for (Generation g : generations) {
            files(model, g, OwnedFiles.none()).forEach(files::add);
            scopes.add(ManifestFiles.scope(g.profile()));
            scopes.add(DocsFiles.folder(g.profile()));
        }
        return new OutputPlan(files.build(), scopes);
    }

    /**
     * A good generation's own files: its manifests and its architecture page, path under the output folder → bytes;
     * the diagrams in {@code output} (the output folder) that are still current are used again.
     */
    public static SortedMap<String, byte[]> files(String model, Generation g, OwnedFiles output) {
        SortedMap<String, byte[]> files = ManifestFiles.render(g, model);
        String docs = DocsFiles.folder(g.profile());
        DocsFiles.render(g.profile(), g.release().orElseThrow(), g.objects(), DocFormat.defaults(), output)
                .forEach((path, bytes) -> files.put(docs + path, bytes));
        return files;
    }

    /**
     * One profile's own files, made as soon as it is generated so that its rendered objects can go. The plan holds
     * the same arrays (not copies): they must not change once made.
     *
     * @param profile   the profile's name
     * @param namespace its namespace, for the chart's README
     * @param files     path under the output folder → bytes: its manifests, architecture page and values file
     */
    public record ProfileFiles(String profile, String namespace, SortedMap<String, byte[]> files) {
    }
}
