package dev.wwegen.verify.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every object of one validation run, for the layers that look across objects. Objects are compared
 * by namespace as written: two objects without a namespace are taken to be in the same one (the one
 * {@code kubectl apply -n} or {@code helm install} puts them in).
 */
public final class ResourceSet {

    private final List<Resource> resources;
    private final List<PodTemplate> templates = new ArrayList<>();

    public ResourceSet(List<Resource> resources) {
        this.resources = List.copyOf(resources);
        this.resources.forEach(r -> PodTemplate.of(r).ifPresent(templates::add));
    }

    public List<Resource> all() {
        return resources;
    }

    public List<Resource> ofKind(String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return resources.stream().filter(r -> wanted.contains(r.kind())).toList();
    }

    /** The pod templates of every workload and Pod in the set. */
    public List<PodTemplate> podTemplates() {
        return templates;
    }

    /** The pod templates in {@code namespace}. */
    public List<PodTemplate> podTemplatesIn(String namespace) {
        return templates.stream().filter(t -> t.owner().namespace().equals(namespace)).toList();
    }

    /** The object of that kind and name in {@code namespace}. */
    public Optional<Resource> find(String kind, String namespace, String name) {
        return resources.stream()
                .filter(r -> r.kind().equals(kind) && r.name().equals(name) && r.namespace().equals(namespace))
                .findFirst();
    }

    /** Objects of that kind and name in other namespaces, to explain a reference that crosses one. */
    public List<Resource> elsewhere(String kind, String namespace, String name) {
        return resources.stream()
                .filter(r -> r.kind().equals(kind) && r.name().equals(name) && !r.namespace().equals(namespace))
                .toList();
    }
}
