package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The numbers on the diagrams' lines identify table rows: each is positive and used once. */
public final class ConnectionNumbersUnique implements Rule {

    @Override
    public String id() {
        return "connection-numbers-unique";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        Map<Integer, Connection> seen = new HashMap<>();
        for (Connection connection : architecture.allConnections()) {
            String path = "connections[" + connection.number() + "]";
            if (connection.number() < 1) {
                findings.add(Finding.error(where, path, "connection number " + connection.number()
                        + " must be 1 or more", "number connections 1, 2, 3, ... as the table does"));
            }
            Connection first = seen.putIfAbsent(connection.number(), connection);
            if (first != null) {
                findings.add(Finding.error(where, path, "number " + connection.number() + " is used by "
                        + describe(first) + " and " + describe(connection), "give each connection its own number"));
            }
        }
        return findings;
    }

    private static String describe(Connection c) {
        return c.source().label() + " → " + c.destination().label();
    }
}
