package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service in another namespace whose API the browser calls through the inbound gateway
 * (GAuth, GWS, WebRTC, Telemetry, Digital Channels). WWE's pods never call it; WWE serves its URL to
 * the browser.
 *
 * @param name      identifier, e.g. {@code gws}; also the key of its URL in a profile's {@code backends}
 * @param label     display name, e.g. {@code Genesys Web Services and Applications}
 * @param namespace where it runs; external to this release, default a namespace named like the back end
 * @param port      what the browser connects to, default HTTPS 443
 * @param configKey the key under which the browser config carries its URL, default {@code <name>Url}
 */
public record Backend(String name, String label, Namespace namespace, Port port, String configKey) implements Component {

    /**
     * Checks the components (a missing required value throws {@link NullPointerException} naming it) and makes the collections immutable.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     * @param namespace as the record component {@link #namespace()}
     * @param port as the record component {@link #port()}
     * @param configKey as the record component {@link #configKey()}
     */
    public Backend {
        CallSites.record(this);
        Objects.requireNonNull(name, "back end name");
        Objects.requireNonNull(label, () -> "label of back end '" + name + "'");
        Objects.requireNonNull(namespace, () -> "namespace of back end '" + name + "'");
        Objects.requireNonNull(port, () -> "port of back end '" + name + "'");
        Objects.requireNonNull(configKey, () -> "config key of back end '" + name + "'");
    }

    /**
     * A back end in an external namespace of the same name, on HTTPS 443, with config key {@code <name>Url} ({@code digital-channels} → {@code digitalChannelsUrl}).
     *
     * @param name identifier, an RFC 1123 label
     * @return the back end
     */
    public static Backend named(String name) {
        return new Backend(name, name, Namespace.external(name), Port.https(), defaultConfigKey(name));
    }

    /**
     * Sets the display name.
     *
     * @param displayName e.g. {@code Genesys Web Services and Applications}
     * @return a copy with that label
     */
    public Backend labelled(String displayName) {
        return new Backend(name, displayName, namespace, port, configKey);
    }

    /**
     * Sets the namespace it runs in.
     *
     * @param where an {@link Namespace#external external} namespace; several back ends may share one
     * @return a copy in that namespace
     */
    public Backend in(Namespace where) {
        return new Backend(name, label, where, port, configKey);
    }

    /**
     * Sets the port callers connect to (the NetworkPolicy's egress port when the pods call it).
     *
     * @param listener e.g. {@code Port.https("https", 8443)}
     * @return a copy with that port
     */
    public Backend port(Port listener) {
        return new Backend(name, label, namespace, listener, configKey);
    }

    /**
     * The browser-config key of its URL, e.g. {@code gwsUrl} as in Genesys's {@code context.envs}.
     *
     * @param key a config map key
     * @return a copy with that key
     */
    public Backend configuredAs(String key) {
        return new Backend(name, label, namespace, port, key);
    }

    @Override
    public Optional<Namespace> home() {
        return Optional.of(namespace);
    }

    @Override
    public Location location() {
        return Location.IN_CLUSTER;
    }

    @Override
    public List<Port> ports() {
        return List.of(port);
    }

    private static String defaultConfigKey(String name) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.append("Url").toString();
    }
}
