package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.IngressChain;

import java.util.ArrayList;
import java.util.List;

/**
 * A gateway that speaks HTTPS on any hop declares where TLS terminates, so the Ingress carries a
 * certificate (Polaris tlsSettingsMissing, Checkov CKV_K8S_152–154).
 */
public final class HttpsHopHasTls implements Rule {

    @Override
    public String id() {
        return "https-hop-has-tls";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        IngressChain chain = architecture.gateway().orElse(null);
        if (chain == null || chain.tls().isPresent()) {
            return findings;
        }
        for (Connection hop : chain.hops()) {
            if (hop.protocol().encrypted()) {
                findings.add(Finding.error(Rule.where(architecture), "gateway.tls", "connection " + hop.number()
                        + " (" + hop.source().label() + " → " + hop.destination().label()
                        + ") is HTTPS but the gateway declares no TLS", "add .tls(Tls.secret(\"wwe-tls\"))"));
            }
        }
        return findings;
    }
}
