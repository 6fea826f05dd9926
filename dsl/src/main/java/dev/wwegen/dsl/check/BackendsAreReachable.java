package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every back end has a connection that reaches it (else it is documented but never used), and its
 * browser-config key is a valid ConfigMap key used by one back end only.
 */
public final class BackendsAreReachable implements Rule {

    @Override
    public String id() {
        return "backends-are-reachable";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        Map<String, String> keys = new HashMap<>();
        for (Backend backend : architecture.backends()) {
            String path = "components[" + backend.name() + "]";
            boolean reached = architecture.allConnections().stream().map(Connection::destination)
                    .anyMatch(backend::equals);
            if (!reached) {
                findings.add(Finding.warning(where, path, "back end " + backend.name() + " has no connection",
                        "add .browserNeeds(n, " + backend.name() + ", ...) or remove it"));
            }
            if (!NameFormats.isConfigKey(backend.configKey())) {
                findings.add(Finding.error(where, path + ".configKey", "\"" + backend.configKey()
                        + "\" is not a config map key", "use letters, digits, '-', '_' and '.', e.g. gwsUrl"));
            }
            String other = keys.putIfAbsent(backend.configKey(), backend.name());
            if (other != null) {
                findings.add(Finding.error(where, path + ".configKey", "config key \"" + backend.configKey()
                        + "\" is used by " + other + " and " + backend.name(), "give each back end its own key"));
            }
        }
        return findings;
    }
}
