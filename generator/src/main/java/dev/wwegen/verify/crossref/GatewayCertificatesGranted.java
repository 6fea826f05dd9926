package dev.wwegen.verify.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * A Gateway listener's TLS {@code certificateRefs} to a Secret in another namespace needs a ReferenceGrant in
 * the Secret's namespace from Gateways of the Gateway's namespace (Gateway API: without it the listener's
 * ResolvedRefs condition is False, RefNotPermitted, and the listener serves no TLS). A route attaching to a
 * Gateway in another namespace needs none: the listener's allowedRoutes governs that.
 */
public final class GatewayCertificatesGranted implements CrossReferenceCheck {

    @Override
    public String id() {
        return "gateway-certificates-granted";
    }

    @Override
    public void check(ResourceSet set, Consumer<ValidationFinding> findings) {
        for (Resource gateway : set.ofKind("Gateway")) {
            if (!gateway.body().path("apiVersion").asText("").startsWith(ReferenceGrants.GATEWAY_GROUP + "/")) {
                continue;
            }
            JsonNode listeners = gateway.body().path("spec").path("listeners");
            for (int l = 0; l < listeners.size(); l++) {
                JsonNode refs = listeners.get(l).path("tls").path("certificateRefs");
                for (int c = 0; c < refs.size(); c++) {
                    JsonNode ref = refs.get(c);
                    String group = ref.path("group").asText("");
                    String kind = ref.path("kind").asText("Secret");
                    String namespace = ref.path("namespace").asText(gateway.namespace());
                    String name = ref.path("name").asText("");
                    if (namespace.equals(gateway.namespace()) || ReferenceGrants.permit(set, "Gateway",
                            gateway.namespace(), namespace, group, kind, name)) {
                        continue;
                    }
                    findings.accept(error(gateway, "/spec/listeners/" + l + "/tls/certificateRefs/" + c,
                            "Gateway `" + gateway.name() + "` listener `" + listeners.get(l).path("name").asText()
                                    + "` refers to " + kind + " `" + name + "` in namespace " + namespace
                                    + " without a ReferenceGrant",
                            "add a ReferenceGrant in namespace " + namespace + " from group "
                                    + ReferenceGrants.GATEWAY_GROUP + " kind Gateway namespace " + gateway.namespace()
                                    + " to group \"" + group + "\" kind " + kind + " name " + name));
                }
            }
        }
    }
}
