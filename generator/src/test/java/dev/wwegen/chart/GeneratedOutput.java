package dev.wwegen.chart;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.emit.FileSet;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.pipeline.ManifestFiles;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart, values and manifests generated exactly as {@code wwegen generate --all-profiles} assembles
 * them, written to a folder so real Helm can read them.
 *
 * @param root       the output folder
 * @param chart      {@code root/chart/<name>}
 * @param namespaces profile name → its namespace (what {@code --namespace} must be)
 */
record GeneratedOutput(Path root, Path chart, Map<String, String> namespaces) {

    /** The shipped profiles and the reference model. */
    static GeneratedOutput shipped(Path dir) throws IOException {
        return of(WweReference.architecture(), new ProfileLoader(ProfileSource.bundled()), dir);
    }

    static GeneratedOutput of(Architecture architecture, ProfileLoader loader, Path dir) throws IOException {
        Generator generator = new Generator(architecture, loader);
        FileSet.Builder files = FileSet.builder();
        Map<String, String> namespaces = new LinkedHashMap<>();
        List<String> names = loader.names();
        for (String name : names) {
            Generation g = generator.generate(name);
            if (!g.inputOk() || !g.outputOk()) {
                throw new IllegalStateException("profile " + name + " does not generate: " + g.inputFindings()
                        + g.outputFindings());
            }
            ManifestFiles.addTo(files, g, architecture.name());
            namespaces.put(name, g.release().orElseThrow().namespace());
        }
        ChartFiles.addTo(files, architecture, loader, names, true);
        FileSet set = files.build();
        for (String path : set.paths()) {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, set.bytes(path));
        }
        return new GeneratedOutput(dir, dir.resolve(ChartFiles.chartFolder(architecture)), namespaces);
    }

    Path values(String profile) {
        return root.resolve(ChartFiles.valuesPath(profile));
    }

    Path manifests(String profile) {
        return root.resolve("manifests").resolve(profile);
    }
}
