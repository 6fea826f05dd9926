package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.IngressChain;

import java.util.ArrayList;
import java.util.List;

/**
 * The gateway is complete (proxy, controller, web app, three hop numbers) and its last hop ends at a
 * port the web app declares: the Service's targetPort and the NetworkPolicy's port are that port.
 */
public final class IngressChainEndsAtDeclaredPort implements Rule {

    @Override
    public String id() {
        return "ingress-chain-ends-at-declared-port";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        if (architecture.gateway().isEmpty()) {
            findings.add(Finding.error(where, "gateway", "architecture " + architecture.name()
                    + " has no inbound gateway", "declare one with .enteredThrough(IngressChain.from(...)...)"));
            return findings;
        }
        IngressChain chain = architecture.gateway().get();
        if (!chain.complete()) {
            findings.add(Finding.error(where, "gateway", "ingress chain " + chain.name()
                    + " needs an edge proxy, an ingress controller and a web app",
                    "build it as from(browser).through(proxy).through(controller).to(app, \"http\")"));
            return findings;
        }
        if (chain.hopNumbers().size() != 3) {
            findings.add(Finding.error(where, "gateway.hopNumbers", "ingress chain " + chain.name()
                    + " has no connection numbers for its three hops", "add .numbered(7, 8, 9)"));
        }
        if (chain.target().port(chain.targetPort()).isEmpty()) {
            String declared = chain.target().ports().stream().map(p -> p.name()).toList().toString();
            findings.add(Finding.error(where, "gateway.targetPort", "ingress chain ends at port \""
                    + chain.targetPort() + "\", which web app " + chain.target().name() + " does not declare",
                    "use one of " + declared + " or declare it with .serves(Port.http(\"" + chain.targetPort()
                            + "\", 8080))"));
        }
        return findings;
    }
}
