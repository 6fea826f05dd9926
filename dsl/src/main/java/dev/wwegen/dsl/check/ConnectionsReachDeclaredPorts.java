package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.Route;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct connection ends at a port its destination declares, with the same protocol; a connection
 * through the gateway uses the gateway's entry port and protocol, and ends inside the cluster.
 */
public final class ConnectionsReachDeclaredPorts implements Rule {

    @Override
    public String id() {
        return "connections-reach-declared-ports";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        for (Connection c : architecture.connections()) {
            String path = "connections[" + c.number() + "]";
            if (c.route() == Route.THROUGH_GATEWAY) {
                architecture.gateway().filter(g -> g.complete()).ifPresentOrElse(g -> {
                    if (g.entryPort().number() != c.port() || g.entryPort().protocol() != c.protocol()) {
                        findings.add(Finding.error(where, path + ".port", "connection " + c.number() + " goes through the"
                                + " gateway on " + c.protocol() + " " + c.port() + ", but the gateway listens on "
                                + g.entryPort().protocol() + " " + g.entryPort().number(),
                                "use .over(" + g.entryPort().protocol() + ", " + g.entryPort().number() + ")"));
                    }
                    if (!c.destination().location().insideCluster()) {
                        findings.add(Finding.error(where, path + ".destination", "connection " + c.number()
                                + " goes through the gateway to " + c.destination().name() + ", which is outside the"
                                + " cluster", "route it directly"));
                    }
                }, () -> findings.add(Finding.error(where, path + ".route", "connection " + c.number()
                        + " goes through a gateway the architecture does not have", "add .enteredThrough(...)")));
            } else if (c.destination() instanceof Component target) {
                boolean matches = target.ports().stream()
                        .anyMatch(p -> p.number() == c.port() && p.protocol() == c.protocol());
                if (!matches) {
                    findings.add(Finding.error(where, path + ".port", "connection " + c.number() + " reaches "
                            + target.name() + " on " + c.protocol() + " " + c.port() + ", which it does not declare",
                            "use one of " + target.ports().stream().map(p -> p.protocol() + " " + p.number()).toList()));
                }
            }
        }
        return findings;
    }
}
