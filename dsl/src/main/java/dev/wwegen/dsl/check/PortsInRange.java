package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.Port;

import java.util.ArrayList;
import java.util.List;

/** Every declared port and every connection's port is a TCP/UDP port number, 1–65535. */
public final class PortsInRange implements Rule {

    private static final String HINT = "use a port number between 1 and 65535, e.g. 8080";

    @Override
    public String id() {
        return "ports-in-range";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        for (Component component : architecture.components()) {
            for (Port port : component.ports()) {
                if (!inRange(port.number())) {
                    findings.add(Finding.error(where, "components[" + component.name() + "].ports[" + port.name()
                            + "].number", "port '" + port.name() + "' (" + port.number()
                            + ") must be between 1 and 65535", HINT));
                }
            }
        }
        for (Connection connection : architecture.connections()) {
            if (!inRange(connection.port())) {
                findings.add(Finding.error(where, "connections[" + connection.number() + "].port",
                        "connection " + connection.number() + " port (" + connection.port()
                                + ") must be between 1 and 65535", HINT));
            }
        }
        return findings;
    }

    static boolean inRange(int port) {
        return port >= 1 && port <= 65535;
    }
}
