package dev.wwegen.verify.crossref;

import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;
import java.util.function.Consumer;

/** One check between objects of a {@link ResourceSet}; its id names the invariant it protects. */
public interface CrossReferenceCheck {

    /** Stable id, e.g. {@code ingress-backend-resolves}. */
    String id();

    /** Reports every broken reference of {@code set} to {@code findings}. */
    void check(ResourceSet set, Consumer<ValidationFinding> findings);

    /** An error of this check about a field of {@code resource}. */
    default ValidationFinding error(Resource resource, String path, String reason, String hint) {
        return ValidationFinding.about(Layer.CROSSREF, id(), Severity.ERROR, resource, path, reason, hint);
    }

    /** " in namespace wwe", or "" when objects carry no namespace. */
    static String inNamespace(String namespace) {
        return namespace.isEmpty() ? "" : " in namespace " + namespace;
    }

    /** The hint for a name that is missing here but exists in other namespaces, else {@code otherwise}. */
    static String elsewhereHint(List<Resource> elsewhere, String otherwise) {
        if (elsewhere.isEmpty()) {
            return otherwise;
        }
        Resource other = elsewhere.get(0);
        return other.kind() + " " + other.name() + " is in namespace "
                + (other.namespace().isEmpty() ? "(not set)" : other.namespace())
                + "; references only resolve within one namespace";
    }
}
