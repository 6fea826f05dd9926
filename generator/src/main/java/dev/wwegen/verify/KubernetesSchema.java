package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes 1.34 object schemas, as bundled in fabric8's kubernetes-model-validator
 * ({@code openshift-generated.json}, Swagger 2.0, Kubernetes and OpenShift definitions).
 *
 * <p>Owns loading the document once, the index from group/version/kind to definition, and the cache
 * of compiled definitions. Definitions are located in one streaming pass and compiled on first use,
 * because a run only ever touches a few dozen of the 3,363. API versions that 1.34 no longer serves
 * (see {@link RemovedApis}) are not indexed, although the bundle still describes them.
 *
 * <p>Thread-safe: the index is immutable after loading and the cache is concurrent.
 */
public final class KubernetesSchema {

    private static final String RESOURCE = "openshift-generated.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] document;
    private final Map<String, DefinitionIndex.Span> spans;
    private final SortedSet<GroupVersionKind> kinds;
    private final Map<GroupVersionKind, String> definitionOfKind;
    private final Map<GroupVersionKind, String> definitionOfRemovedKind;
    private final java.util.Set<String> groups;
    private final Map<String, SchemaNode> compiled = new ConcurrentHashMap<>();

    private KubernetesSchema(byte[] document, DefinitionIndex index) {
        this.document = document;
        this.spans = Map.copyOf(index.spans);
        this.definitionOfKind = Map.copyOf(index.kinds);
        this.definitionOfRemovedKind = Map.copyOf(index.removedKinds);
        this.groups = java.util.stream.Stream.concat(index.kinds.keySet().stream(), index.removedKinds.keySet().stream())
                .map(GroupVersionKind::group)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.kinds = Collections.unmodifiableSortedSet(new TreeSet<>(index.kinds.keySet()));
    }

    /** The schema bundled with kubernetes-model-validator, loaded on first call and shared. */
    public static KubernetesSchema bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads a Swagger 2.0 document with fabric8's {@code x-fabric8-info} on each definition. */
    public static KubernetesSchema read(InputStream openApi) throws IOException {
        byte[] document = openApi.readAllBytes();
        return new KubernetesSchema(document, DefinitionIndex.scan(document));
    }

    /** The schema of an object type, e.g. ({@code networking.k8s.io/v1}, {@code Ingress}); empty if unknown. */
    public Optional<SchemaNode> lookup(String apiVersion, String kind) {
        return lookup(GroupVersionKind.of(apiVersion, kind));
    }

    public Optional<SchemaNode> lookup(GroupVersionKind gvk) {
        return Optional.ofNullable(definitionOfKind.get(gvk)).flatMap(this::definition);
    }

    /**
     * The schema of a type that Kubernetes 1.34 no longer serves but an older cluster did (such as
     * extensions/v1beta1 Ingress), for validating against an older target version; empty if unknown.
     */
    public Optional<SchemaNode> lookupRemoved(GroupVersionKind gvk) {
        return Optional.ofNullable(definitionOfRemovedKind.get(gvk)).flatMap(this::definition);
    }

    /** Whether any built-in type belongs to the API group ({@code ""} is core); custom resources' groups do not. */
    public boolean isBuiltInGroup(String group) {
        return groups.contains(group);
    }

    /** Every object type that can be validated, sorted by kind, group, version. */
    public SortedSet<GroupVersionKind> kinds() {
        return kinds;
    }

    /** The apiVersions that serve {@code kind}, sorted; empty if no group has such a kind. */
    public List<String> apiVersionsOf(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).map(GroupVersionKind::apiVersion).sorted().toList();
    }

    /** The definition name that serves a kind ({@code io.k8s.api.apps.v1.Deployment}), if any. */
    public Optional<String> definitionName(GroupVersionKind gvk) {
        return Optional.ofNullable(definitionOfKind.get(gvk));
    }

    /** A definition's JSON as the OpenAPI writes it (with its {@code $ref}s), for exporting; empty if unknown. */
    public Optional<JsonNode> rawDefinition(String name) {
        DefinitionIndex.Span span = spans.get(name);
        if (span == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(document, span.start(), span.end() - span.start()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse OpenAPI definition " + name, e);
        }
    }

    /** A named definition ({@code io.k8s.api.core.v1.Container}), compiled on first use. */
    public Optional<SchemaNode> definition(String name) {
        SchemaNode cached = compiled.get(name);
        if (cached != null || !spans.containsKey(name)) {
            return Optional.ofNullable(cached);
        }
        // Compiling never compiles another definition ($refs stay lazy), so this cannot recurse into the map.
        return Optional.of(compiled.computeIfAbsent(name, this::compile));
    }

    private SchemaNode compile(String name) {
        DefinitionIndex.Span span = spans.get(name);
        try {
            JsonNode json = JSON.readTree(document, span.start(), span.end() - span.start());
            return SchemaNode.compile(json, name, this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse OpenAPI definition " + name, e);
        }
    }

    /** Holder idiom: the JVM runs the load once, on first access, and publishes it safely. */
    private static final class Bundled {
        static final KubernetesSchema INSTANCE = load();

        private static KubernetesSchema load() {
            byte[] document = bundledDocument();
            // The index made at build time when it is for this very document; else one scan now.
            DefinitionIndex index = PrecomputedIndex.read(document).orElseGet(() -> {
                try {
                    return DefinitionIndex.scan(document);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot index the bundled Kubernetes OpenAPI " + RESOURCE, e);
                }
            });
            return new KubernetesSchema(document, index);
        }
    }

    /** The bytes of the OpenAPI document bundled with kubernetes-model-validator. */
    static byte[] bundledDocument() {
        try (InputStream in = KubernetesSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cannot find " + RESOURCE + " on the class path;"
                        + " it comes with io.fabric8:kubernetes-model-validator");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled Kubernetes OpenAPI " + RESOURCE, e);
        }
    }
}
