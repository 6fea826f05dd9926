package dev.wwegen.manifest;

import dev.wwegen.dsl.check.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The manifest files a path names: the file itself, or every {@code *.yaml}, {@code *.yml} and
 * {@code *.json} under a folder, recursively, in sorted order so runs are repeatable.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The files under {@code path}; a missing path or an unlistable folder becomes a finding. */
    public static List<Path> under(Path path, Consumer<Finding> findings) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            findings.accept(Finding.error(path.toString(), "", "no such file or folder",
                    "give a manifest file or a folder of manifests"));
            return List.of();
        }
        // The walk's own attributes (links not followed) tell a regular file without another stat per file; only a
        // symbolic link is followed to see whether it names one.
        try (Stream<Path> walk = Files.find(path, Integer.MAX_VALUE, (file, attributes) -> isManifestFile(file)
                && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)))) {
            return walk.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            findings.accept(Finding.error(path.toString(), "", "could not list the folder: " + e.getMessage(), ""));
            return List.of();
        }
    }

    /** Whether the name ends in .yaml, .yml or .json, in any case. */
    public static boolean isManifestFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
