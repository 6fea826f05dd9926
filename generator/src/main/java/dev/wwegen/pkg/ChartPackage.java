package dev.wwegen.pkg;

import dev.wwegen.chart.ChartFiles;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.emit.FileSet;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.resolve.ChartIdentity;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart as a release artifact: {@code <name>-<version>.tgz} (as {@code helm package} names it) and its
 * {@code .sha256}, as a {@link FileSet} for the emitter to write. The archive holds exactly the files of
 * {@code output/chart/<name>/}.
 *
 * @param fileName the archive's file name
 * @param files    the archive and its checksum file
 */
public record ChartPackage(String fileName, FileSet files) {

    public static ChartPackage of(Architecture architecture, ProfileLoader profiles) throws IOException {
        FileSet.Builder all = FileSet.builder();
        ChartFiles.addTo(all, architecture, profiles, List.of(), false);
        FileSet built = all.build();
        String folder = ChartFiles.chartFolder(architecture);
        Map<String, byte[]> chart = new TreeMap<>();
        for (String path : built.paths()) {
            if (path.startsWith(folder)) {
                chart.put(path.substring(folder.length()), built.bytes(path));
            }
        }
        ChartIdentity identity = ChartIdentity.of(architecture.webApp().orElseThrow());
        String fileName = identity.name() + "-" + identity.version() + ".tgz";
        byte[] archive = ChartArchive.of(identity.name(), chart);
        FileSet files = FileSet.builder().add(fileName, archive)
                .add(fileName + ".sha256", Sha256.line(archive, fileName)).build();
        return new ChartPackage(fileName, files);
    }
}
