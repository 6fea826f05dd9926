package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client outside the cluster that starts connections, such as the agent's browser.
 *
 * @param name  identifier, default {@code browser}
 * @param label display name, default {@code Browser}
 */
public record Client(String name, String label) implements Component {

    /**
     * Checks the components (a missing required value throws {@link NullPointerException} naming it) and makes the collections immutable.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     */
    public Client {
        CallSites.record(this);
        Objects.requireNonNull(name, "client name");
        Objects.requireNonNull(label, "client label");
    }

    /**
     * The agent's web browser running Agent Workspace.
     *
     * @return the browser client
     */
    public static Client browser() {
        return new Client("browser", "Browser");
    }

    @Override
    public Optional<Namespace> home() {
        return Optional.empty();
    }

    @Override
    public Location location() {
        return Location.OUTSIDE_CLUSTER;
    }

    @Override
    public List<Port> ports() {
        return List.of();
    }
}
