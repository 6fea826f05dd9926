package dev.wwegen.diff;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.manifest.InputFiles;
import dev.wwegen.manifest.RenderedTemplate;

import dev.wwegen.text.InputText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a set of manifests from files and folders, or from a chart's rendered templates: a folder is searched
 * recursively for {@code *.yaml}, {@code *.yml} and {@code *.json}; a file may hold several YAML documents;
 * {@code List} kinds are expanded into their items; empty documents are skipped. Every problem (syntax,
 * duplicate keys, a document that is not a Kubernetes object, the same object twice) is collected, and all
 * are thrown together.
 */
public final class ManifestReader {

    /** The annotation that makes an object a Helm hook, such as a {@code helm test} pod. */
    static final String HELM_HOOK = "helm.sh/hook";

    /** Reads every manifest under {@code paths}; throws with all findings when anything was unreadable. */
    public ManifestSet read(List<Path> paths) {
        Collector reader = new Collector();
        for (Path path : paths) {
            for (Path file : InputFiles.under(path, reader.findings::add)) {
                readFile(file, reader.findings).forEach(reader::add);
            }
        }
        return reader.result();
    }

    /**
     * Reads the objects a chart rendered. Helm hooks (objects annotated {@code helm.sh/hook}, such as
     * {@code helm test} pods) are left out: Helm does not install them with the release.
     */
    public ManifestSet readChart(List<RenderedTemplate> templates) {
        Collector reader = new Collector();
        for (RenderedTemplate template : templates) {
            ManifestDocuments.of(template.name(), template.text(), reader.findings::add).stream()
                    .filter(manifest -> !Documents.map(Documents.at(manifest.body(), "metadata", "annotations"))
                            .containsKey(HELM_HOOK))
                    .forEach(reader::add);
        }
        return reader.result();
    }

    /** The objects read so far and every problem met; the same object twice is a problem. */
    private static final class Collector {

        private final List<Finding> findings = new ArrayList<>();
        private final Map<ObjectKey, Manifest> objects = new LinkedHashMap<>();

        void add(Manifest manifest) {
            Manifest earlier = objects.putIfAbsent(manifest.key(), manifest);
            if (earlier != null) {
                findings.add(Finding.error(manifest.source(), "", manifest.key() + " is also defined at "
                        + earlier.source(), "keep one definition of each object"));
            }
        }

        ManifestSet result() {
            if (findings.stream().anyMatch(Finding::isError)) {
                throw new UnreadableManifestsException(findings);
            }
            return new ManifestSet(objects.values());
        }
    }

    /** Reads one file's manifests; problems go to {@code findings}. */
    List<Manifest> readFile(Path file, List<Finding> findings) {
        String text;
        try {
            text = InputText.fromEnvironment().read(file, file.toString());
        } catch (InputText.UnreadableInputException e) {
            findings.add(e.finding());
            return List.of();
        }
        return ManifestDocuments.of(file.toString(), text, findings::add);
    }
}
