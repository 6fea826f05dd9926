package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;

/**
 * Gateway API ReferenceGrant semantics: a grant lives in the namespace of the referent and lets objects of one
 * Gateway API kind ({@code from}: group gateway.networking.k8s.io, kind, namespace) refer to objects of a kind
 * there ({@code to}: group, kind, and optionally one name).
 */
final class ReferenceGrants {

    static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

    private ReferenceGrants() {
    }

    /** Whether a ReferenceGrant in {@code toNamespace} lets {@code fromKind} in {@code fromNamespace} refer to it. */
    static boolean permit(ResourceSet set, String fromKind, String fromNamespace, String toNamespace, String toGroup,
                          String toKind, String toName) {
        for (Resource grant : set.ofKindIn("ReferenceGrant", toNamespace)) {
            if (!grant.body().path("apiVersion").asText("").startsWith(GATEWAY_GROUP + "/")) {
                continue;
            }
            boolean fromOk = false;
            for (JsonNode f : grant.body().path("spec").path("from")) {
                fromOk |= f.path("group").asText("").equals(GATEWAY_GROUP) && f.path("kind").asText().equals(fromKind)
                        && f.path("namespace").asText().equals(fromNamespace);
            }
            for (JsonNode t : grant.body().path("spec").path("to")) {
                if (fromOk && t.path("group").asText("").equals(toGroup) && t.path("kind").asText().equals(toKind)
                        && (!t.hasNonNull("name") || t.path("name").asText().isEmpty()
                        || t.path("name").asText().equals(toName))) {
                    return true;
                }
            }
        }
        return false;
    }
}
