package dev.wwegen.verify.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every object of one validation run, indexed for the layers that look across objects (by kind, by
 * kind/namespace/name, pod templates by namespace), so those layers stay linear in the number of objects.
 * Objects are compared by namespace as written: two objects without a namespace are taken to be in the
 * same one (the one {@code kubectl apply -n} or {@code helm install} puts them in).
 */
public final class ResourceSet {

    private final List<Resource> resources;
    private final List<PodTemplate> templates = new ArrayList<>();
    private final Map<String, List<Resource>> byKind = new HashMap<>();
    private final Map<String, List<Resource>> byKindAndName = new HashMap<>();
    private final Map<String, List<PodTemplate>> templatesByNamespace = new HashMap<>();
    private final Map<String, List<Resource>> byKindAndNamespace = new HashMap<>();
    private final Map<String, Resource> byIdentity = new HashMap<>();

    public ResourceSet(List<Resource> resources) {
        this.resources = List.copyOf(resources);
        for (Resource r : this.resources) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
            byKindAndNamespace.computeIfAbsent(r.kind() + "\u0000" + r.namespace(), k -> new ArrayList<>()).add(r);
            byIdentity.putIfAbsent(r.kind() + "\u0000" + r.namespace() + "\u0000" + r.name(), r);
            byKindAndName.computeIfAbsent(r.kind() + "/" + r.name(), k -> new ArrayList<>()).add(r);
            PodTemplate.of(r).ifPresent(t -> {
                templates.add(t);
                templatesByNamespace.computeIfAbsent(r.namespace(), n -> new ArrayList<>()).add(t);
            });
        }
    }

    public List<Resource> all() {
        return resources;
    }

    /** The objects of these kinds, in input order within each kind. */
    public List<Resource> ofKind(String... kinds) {
        if (kinds.length == 1) {
            return byKind.getOrDefault(kinds[0], List.of());
        }
        List<Resource> found = new ArrayList<>();
        for (String kind : kinds) {
            found.addAll(byKind.getOrDefault(kind, List.of()));
        }
        return found;
    }

    /** The objects of {@code kind} in {@code namespace}. */
    public List<Resource> ofKindIn(String kind, String namespace) {
        return byKindAndNamespace.getOrDefault(kind + "\u0000" + namespace, List.of());
    }

    /** The pod templates of every workload and Pod in the set. */
    public List<PodTemplate> podTemplates() {
        return templates;
    }

    /** The pod templates in {@code namespace}. */
    public List<PodTemplate> podTemplatesIn(String namespace) {
        return templatesByNamespace.getOrDefault(namespace, List.of());
    }

    /** The object of that kind and name in {@code namespace}. */
    public Optional<Resource> find(String kind, String namespace, String name) {
        return Optional.ofNullable(byIdentity.get(kind + "\u0000" + namespace + "\u0000" + name));
    }

    /** Objects of that kind and name in other namespaces, to explain a reference that crosses one. */
    public List<Resource> elsewhere(String kind, String namespace, String name) {
        return byKindAndName.getOrDefault(kind + "/" + name, List.of()).stream()
                .filter(r -> !r.namespace().equals(namespace))
                .toList();
    }
}
