package dev.wwegen.diff;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.WebApp;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The architecture's names for what manifests only show as numbers and keys: which numbered connection
 * ends at a web app's container port, and which back end a browser-config key such as {@code gwsUrl} points
 * at. Taken from a dsl {@link Architecture}; a key the model does not know reads as the key without
 * {@code Url}.
 */
public final class ArchitectureTerms {

    private final Map<Integer, Integer> connectionByPort = new TreeMap<>();
    private final Map<String, String> backendByKey = new TreeMap<>();

    public ArchitectureTerms(Architecture architecture) {
        for (Connection connection : architecture.allConnections()) {
            if (connection.destination() instanceof WebApp) {
                connectionByPort.putIfAbsent(connection.port(), connection.number());
            }
        }
        for (Backend backend : architecture.backends()) {
            backendByKey.put(backend.configKey(), backend.name());
        }
    }

    /** The number of the connection that reaches a web app on this container port. */
    public Optional<Integer> connectionTo(int containerPort) {
        return Optional.ofNullable(connectionByPort.get(containerPort));
    }

    /** The back end a browser-config URL key names: {@code gwsUrl} → {@code gws}. */
    public String backendFor(String configKey) {
        String known = backendByKey.get(configKey);
        if (known != null) {
            return known;
        }
        return configKey.endsWith("Url") ? configKey.substring(0, configKey.length() - 3) : configKey;
    }

    /** Whether a browser-config key holds a back end's URL: by convention, its name ends in {@code Url}. */
    public static boolean isBackendUrl(String configKey) {
        return configKey.endsWith("Url") && configKey.length() > 3;
    }
}
