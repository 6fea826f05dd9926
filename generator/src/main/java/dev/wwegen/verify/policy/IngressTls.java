package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every Ingress terminates TLS for each host it routes ({@code spec.tls} covers every rule's host), and
 * carries no {@code *-snippet} annotation: snippets inject raw NGINX configuration (CVE-2021-25742) and
 * Checkov's CKV_K8S_153 rejects them.
 */
public final class IngressTls implements PolicyRule {

    @Override
    public String id() {
        return "ingress-tls";
    }

    @Override
    public String summary() {
        return "Ingress spec.tls covers every host; no *-snippet annotations";
    }

    @Override
    public String peers() {
        return "Pol tlsSettingsMissing; CK 152, 153, 154";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (Resource ingress : set.ofKind("Ingress")) {
            JsonNode spec = ingress.body().path("spec");
            if (spec.path("tls").isEmpty()) {
                findings.accept(violation(ingress, "/spec/tls", "Ingress `" + ingress.name() + "` has no TLS",
                        "add spec.tls with the hosts and the Secret holding their certificate"));
            } else {
                Set<String> covered = new HashSet<>();
                spec.path("tls").forEach(t -> t.path("hosts").forEach(h -> covered.add(h.asText())));
                JsonNode rules = spec.path("rules");
                for (int i = 0; i < rules.size(); i++) {
                    String host = rules.get(i).path("host").asText("");
                    if (!host.isEmpty() && !covered.contains(host)) {
                        findings.accept(violation(ingress, "/spec/rules/" + i + "/host", "host " + host
                                + " is not covered by spec.tls", "add it to the hosts of a spec.tls entry"));
                    }
                }
            }
            ingress.body().path("metadata").path("annotations").properties().forEach(annotation -> {
                if (annotation.getKey().endsWith("-snippet")) {
                    findings.accept(violation(ingress, "/metadata/annotations/"
                                    + annotation.getKey().replace("~", "~0").replace("/", "~1"),
                            "annotation " + annotation.getKey() + " injects raw NGINX configuration",
                            "remove it; use the ingress controller's typed annotations"));
                }
            });
        }
    }
}
