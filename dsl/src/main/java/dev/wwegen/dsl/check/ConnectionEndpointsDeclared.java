package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.Endpoint;
import dev.wwegen.dsl.model.IngressChain;

import java.util.ArrayList;
import java.util.List;

/**
 * Both ends of every connection are declared in the architecture (a component, or its gateway), and
 * a connection joins two different ends.
 */
public final class ConnectionEndpointsDeclared implements Rule {

    @Override
    public String id() {
        return "connection-endpoints-declared";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        for (Connection connection : architecture.connections()) {
            String path = "connections[" + connection.number() + "]";
            check(architecture, findings, where, path + ".source", connection.source());
            check(architecture, findings, where, path + ".destination", connection.destination());
            if (connection.source().equals(connection.destination())) {
                findings.add(Finding.error(where, path, "connection " + connection.number() + " starts and ends at "
                        + connection.source().name(), "set its destination with .to(...)"));
            }
        }
        return findings;
    }

    private static void check(Architecture architecture, List<Finding> findings, String where, String path,
                              Endpoint endpoint) {
        boolean declared = endpoint instanceof IngressChain chain
                ? architecture.gateway().filter(chain::equals).isPresent()
                : architecture.components().contains((Component) endpoint);
        if (!declared) {
            findings.add(Finding.error(where, path, "\"" + endpoint.name() + "\" is not declared in architecture "
                    + architecture.name(), "add it with .with(...) or use a declared component"));
        }
    }
}
