package dev.wwegen.chart;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Kubernetes objects parsed from YAML, keyed {@code Kind/namespace/name}, for comparing what Helm renders
 * with the plain manifests. Helm hooks ({@code helm test} resources) are left out: Helm does not install
 * them with the release, and the plain manifests have no test pod.
 */
final class RenderedObjects {

    private RenderedObjects() {
    }

    /** The objects of a multi-document YAML text, such as {@code helm template}'s output. */
    static Map<String, Map<String, Object>> parse(String text) {
        Map<String, Map<String, Object>> objects = new TreeMap<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(text)) {
            if (document == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) document;
            if (!isHook(object) && objects.put(key(object), object) != null) {
                throw new IllegalStateException("two objects named " + key(object));
            }
        }
        return objects;
    }

    /** Only the hooks: the test pod and its NetworkPolicy. */
    static Map<String, Map<String, Object>> hooks(String text) {
        Map<String, Map<String, Object>> hooks = new TreeMap<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(text)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) document;
            if (object != null && isHook(object)) {
                hooks.put(key(object), object);
            }
        }
        return hooks;
    }

    /** Every {@code *.yaml} file of a manifests folder. */
    static Map<String, Map<String, Object>> folder(Path dir) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                all.append("---\n").append(Files.readString(file)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(all.toString());
    }

    @SuppressWarnings("unchecked")
    private static boolean isHook(Map<String, Object> object) {
        Map<String, Object> meta = (Map<String, Object>) object.get("metadata");
        Map<String, Object> annotations = (Map<String, Object>) meta.get("annotations");
        return annotations != null && annotations.containsKey("helm.sh/hook");
    }

    @SuppressWarnings("unchecked")
    static String key(Map<String, Object> object) {
        Map<String, Object> meta = (Map<String, Object>) object.get("metadata");
        return object.get("kind") + "/" + meta.get("namespace") + "/" + meta.get("name");
    }
}
