package dev.wwegen.diff;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.manifest.InputFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a set of manifests from files and folders: a folder is searched recursively for {@code *.yaml},
 * {@code *.yml} and {@code *.json}; a file may hold several YAML documents; {@code List} kinds are expanded
 * into their items; empty documents are skipped. Every problem (syntax, duplicate keys, a document that is
 * not a Kubernetes object, the same object twice) is collected, and all are thrown together.
 */
public final class ManifestReader {

    /** Reads every manifest under {@code paths}; throws with all findings when anything was unreadable. */
    public ManifestSet read(List<Path> paths) {
        List<Finding> findings = new ArrayList<>();
        Map<ObjectKey, Manifest> objects = new LinkedHashMap<>();
        for (Path path : paths) {
            for (Path file : InputFiles.under(path, findings::add)) {
                readFile(file, findings).forEach(manifest -> {
                    Manifest earlier = objects.putIfAbsent(manifest.key(), manifest);
                    if (earlier != null) {
                        findings.add(Finding.error(manifest.source(), "", manifest.key() + " is also defined at "
                                + earlier.source(), "keep one definition of each object"));
                    }
                });
            }
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new UnreadableManifestsException(findings);
        }
        return new ManifestSet(objects.values());
    }

    /** Reads one file's manifests; problems go to {@code findings}. */
    List<Manifest> readFile(Path file, List<Finding> findings) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(Finding.error(file.toString(), "", "could not read the file: " + e.getMessage(), ""));
            return List.of();
        }
        return ManifestDocuments.of(file.toString(), text, findings::add);
    }
}
