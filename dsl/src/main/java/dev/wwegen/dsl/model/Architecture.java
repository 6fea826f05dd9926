package dev.wwegen.dsl.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole deployment: its components, the inbound gateway and the numbered connections between them.
 * It is the single source of truth from which manifests, chart and docs are derived.
 *
 * <pre>{@code
 * Architecture.named("wwe")
 *     .enteredThrough(gateway)                      // hops 7, 8, 9
 *     .browserLoads(1, "HTML 5 content ...")        // browser → WWE through the gateway
 *     .browserNeeds(3, gws, DataFlow.BOTH, "Interaction control ...");
 * }</pre>
 *
 * @param name        identifier, e.g. {@code wwe}
 * @param label       display name, e.g. {@code Workspace Web Edition}
 * @param summary     one paragraph for the architecture page's introduction
 * @param components  everything declared, in declaration order
 * @param gateway     the inbound gateway, if the architecture has one
 * @param connections connections declared directly (the gateway's hops come from {@link #gateway})
 */
public record Architecture(String name, String label, String summary, List<Component> components,
                           Optional<IngressChain> gateway, List<Connection> connections) {

    public Architecture {
        Objects.requireNonNull(name, "architecture name");
        label = label == null ? name : label;
        summary = summary == null ? "" : summary;
        components = List.copyOf(components);
        gateway = gateway == null ? Optional.empty() : gateway;
        connections = List.copyOf(connections);
    }

    public static Architecture named(String name) {
        return new Architecture(name, name, "", List.of(), Optional.empty(), List.of());
    }

    public Architecture labelled(String displayName) {
        return new Architecture(name, displayName, summary, components, gateway, connections);
    }

    public Architecture describedAs(String text) {
        return new Architecture(name, label, text, components, gateway, connections);
    }

    /** Declares components (a component already declared under the same name is not added twice). */
    public Architecture with(Component... more) {
        Map<String, Component> all = new LinkedHashMap<>();
        components.forEach(c -> all.putIfAbsent(c.name() + "/" + c.getClass().getSimpleName(), c));
        for (Component c : more) {
            all.putIfAbsent(c.name() + "/" + c.getClass().getSimpleName(), c);
        }
        return new Architecture(name, label, summary, new ArrayList<>(all.values()), gateway, connections);
    }

    /** Sets the inbound gateway and declares its client, proxy, controller and web app. */
    public Architecture enteredThrough(IngressChain chain) {
        var withParts = new Architecture(name, label, summary, components, Optional.of(chain), connections);
        List<Component> parts = new ArrayList<>(List.of(chain.client()));
        Optional.ofNullable(chain.proxy()).ifPresent(parts::add);
        Optional.ofNullable(chain.controller()).ifPresent(parts::add);
        Optional.ofNullable(chain.target()).ifPresent(parts::add);
        return withParts.with(parts.toArray(Component[]::new));
    }

    /**
     * The same architecture entered through another ingress controller: the gateway, the declared
     * components and every connection through or to the old controller now use the replacement. A
     * profile's route choice (Gateway API, OpenShift Route, Ingress and the controller's identity) is
     * applied this way before the model rules run on the result.
     */
    public Architecture withController(IngressController replacement) {
        IngressChain old = gateway.filter(IngressChain::complete).orElseThrow(() -> new IllegalStateException(
                "architecture '" + name + "' has no complete gateway whose controller could be replaced"));
        IngressChain chain = old.withController(replacement);
        List<Component> parts = new ArrayList<>();
        for (Component c : components) {
            parts.add(c.equals(old.controller()) ? replacement : c);
        }
        List<Connection> moved = new ArrayList<>();
        for (Connection c : connections) {
            moved.add(c.from(swap(c.source(), old, chain)).to(swap(c.destination(), old, chain)));
        }
        return new Architecture(name, label, summary, parts, Optional.of(chain), moved);
    }

    private static Endpoint swap(Endpoint endpoint, IngressChain old, IngressChain chain) {
        if (endpoint.equals(old)) {
            return chain;
        }
        return endpoint.equals(old.controller()) ? chain.controller() : endpoint;
    }

    /** Adds a connection as given; its endpoints must be declared elsewhere (rule {@code ConnectionEndpointsDeclared}). */
    public Architecture connect(Connection connection) {
        var all = new ArrayList<>(connections);
        all.add(connection);
        return new Architecture(name, label, summary, components, gateway, all);
    }

    /** The browser loads the web app through the gateway; the content flows back to the browser. */
    public Architecture browserLoads(int number, String data) {
        IngressChain chain = requireGateway("browserLoads");
        return connect(Connection.number(number).from(chain.client()).to(chain.target())
                .over(chain.entryPort().protocol(), chain.entryPort().number())
                .carrying(data).flowing(DataFlow.TO_SOURCE).throughGateway());
    }

    /** The browser calls a back end through the gateway; declares the back end too. */
    public Architecture browserNeeds(int number, Backend backend, DataFlow flow, String data) {
        IngressChain chain = requireGateway("browserNeeds");
        return with(backend).connect(Connection.number(number).from(chain.client()).to(backend)
                .over(chain.entryPort().protocol(), chain.entryPort().number())
                .carrying(data).flowing(flow).throughGateway());
    }

    /** Every connection, the gateway's hops included, in number order. */
    public List<Connection> allConnections() {
        List<Connection> all = new ArrayList<>(connections);
        gateway.ifPresent(g -> all.addAll(g.hops()));
        all.sort(Comparator.comparingInt(Connection::number));
        return List.copyOf(all);
    }

    /** The web apps this architecture deploys (the reference has exactly one). */
    public List<WebApp> webApps() {
        return components.stream().filter(WebApp.class::isInstance).map(WebApp.class::cast).toList();
    }

    /** The web app the gateway leads to, or the only declared one. */
    public Optional<WebApp> webApp() {
        return gateway.map(IngressChain::target).or(() -> webApps().stream().findFirst());
    }

    public List<Backend> backends() {
        return components.stream().filter(Backend.class::isInstance).map(Backend.class::cast).toList();
    }

    public Optional<Component> component(String componentName) {
        return components.stream().filter(c -> c.name().equals(componentName)).findFirst();
    }

    private IngressChain requireGateway(String verb) {
        return gateway.filter(IngressChain::complete).orElseThrow(() -> new IllegalStateException(
                "architecture '" + name + "': " + verb + "(...) needs a complete gateway; call enteredThrough(...) first"));
    }
}
