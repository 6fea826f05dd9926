package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

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

    /**
     * Fills defaults (label = name, empty summary, no gateway) and makes the lists immutable.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     * @param summary as the record component {@link #summary()}
     * @param components as the record component {@link #components()}
     * @param gateway as the record component {@link #gateway()}
     * @param connections as the record component {@link #connections()}
     */
    public Architecture {
        CallSites.record(this);
        Objects.requireNonNull(name, "architecture name");
        label = label == null ? name : label;
        summary = summary == null ? "" : summary;
        components = List.copyOf(components);
        gateway = gateway == null ? Optional.empty() : gateway;
        connections = List.copyOf(connections);
    }

    /**
     * An empty architecture: add a gateway, components and connections with the methods below.
     *
     * @param name identifier; also the Helm release name (an RFC 1123 label, at most 53 characters)
     * @return the architecture
     */
    public static Architecture named(String name) {
        return new Architecture(name, name, "", List.of(), Optional.empty(), List.of());
    }

    /**
     * Sets the display name shown on the architecture page.
     *
     * @param displayName e.g. {@code Workspace Web Edition}
     * @return a copy with that label
     */
    public Architecture labelled(String displayName) {
        return new Architecture(name, displayName, summary, components, gateway, connections);
    }

    /**
     * Sets the introduction paragraph of the architecture page.
     *
     * @param text one paragraph
     * @return a copy with that summary
     */
    public Architecture describedAs(String text) {
        return new Architecture(name, label, text, components, gateway, connections);
    }

    /**
     * Declares components (a component already declared under the same name is not added twice).
     *
     * @param more components to declare
     * @return a copy with them declared
     */
    public Architecture with(Component... more) {
        Map<String, Component> all = new LinkedHashMap<>();
        components.forEach(c -> all.putIfAbsent(c.name() + "/" + c.getClass().getSimpleName(), c));
        for (Component c : more) {
            all.putIfAbsent(c.name() + "/" + c.getClass().getSimpleName(), c);
        }
        return new Architecture(name, label, summary, new ArrayList<>(all.values()), gateway, connections);
    }

    /**
     * Sets the inbound gateway and declares its client, proxy, controller and web app.
     *
     * @param chain a complete ingress chain
     * @return a copy with the gateway and its parts declared
     */
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
     *
     * @param replacement the controller the profile chose
     * @return a copy entered through that controller
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

    /**
     * Adds a connection as given; its endpoints must be declared elsewhere (rule {@code ConnectionEndpointsDeclared}).
     *
     * @param connection a complete connection
     * @return a copy with the connection
     */
    public Architecture connect(Connection connection) {
        var all = new ArrayList<>(connections);
        all.add(connection);
        return new Architecture(name, label, summary, components, gateway, all);
    }

    /**
     * The browser loads the web app through the gateway; the content flows back to the browser.
     *
     * @param number the connection's number in the table
     * @param data what travels, in the table's words
     * @return a copy with the connection
     */
    public Architecture browserLoads(int number, String data) {
        IngressChain chain = requireGateway("browserLoads");
        return connect(Connection.number(number).from(chain.client()).to(chain.target())
                .over(chain.entryPort().protocol(), chain.entryPort().number())
                .carrying(data).flowing(DataFlow.TO_SOURCE).throughGateway());
    }

    /**
     * The browser calls a back end through the gateway; declares the back end too.
     *
     * @param number the connection's number in the table
     * @param backend the back end the browser calls
     * @param flow which way the data travels
     * @param data what travels, in the table's words
     * @return a copy with the back end and the connection
     */
    public Architecture browserNeeds(int number, Backend backend, DataFlow flow, String data) {
        IngressChain chain = requireGateway("browserNeeds");
        return with(backend).connect(Connection.number(number).from(chain.client()).to(backend)
                .over(chain.entryPort().protocol(), chain.entryPort().number())
                .carrying(data).flowing(flow).throughGateway());
    }

    /**
     * The web app's pods call a back end themselves (not the browser): a direct connection from the web
     * app to the back end's port. The NetworkPolicy then allows that egress, to the back end's namespace
     * on its port, and nothing else beyond DNS. Declares the back end too.
     *
     * <pre>{@code
     * .podCalls(12, Backend.named("license").in(Namespace.external("licensing")).port(Port.https("https", 8443)),
     *         DataFlow.BOTH, "Licence checks")
     * }</pre>
     *
     * @param number  the connection's number in the table
     * @param backend what the pods call; its {@link Backend#port() port} is the egress port
     * @param flow    which way the data travels
     * @param data    what travels, in the table's words
     * @return a copy with the back end and the connection
     */
    public Architecture podCalls(int number, Backend backend, DataFlow flow, String data) {
        WebApp app = webApp().orElseThrow(() -> new IllegalStateException("architecture '" + name
                + "': podCalls(...) needs the web app; call enteredThrough(...) or with(webApp) first"));
        return with(backend).connect(Connection.number(number).from(app).to(backend)
                .over(backend.port().protocol(), backend.port().number()).carrying(data).flowing(flow));
    }

    /**
     * The connections the web app's own pods start (the NetworkPolicy's egress), in number order.
     *
     * @return direct connections whose source is the web app
     */
    public List<Connection> podEgress() {
        return webApp().map(app -> allConnections().stream()
                .filter(c -> c.route() == Route.DIRECT && c.source().equals(app)).toList()).orElse(List.of());
    }

    /**
     * Every connection, the gateway's hops included, in number order.
     *
     * @return every connection, sorted by number
     */
    public List<Connection> allConnections() {
        List<Connection> all = new ArrayList<>(connections);
        gateway.ifPresent(g -> all.addAll(g.hops()));
        all.sort(Comparator.comparingInt(Connection::number));
        return List.copyOf(all);
    }

    /**
     * The web apps this architecture deploys (the reference has exactly one).
     *
     * @return the declared web apps, in declaration order
     */
    public List<WebApp> webApps() {
        return components.stream().filter(WebApp.class::isInstance).map(WebApp.class::cast).toList();
    }

    /**
     * The web app the gateway leads to, or the only declared one.
     *
     * @return the web app, if any
     */
    public Optional<WebApp> webApp() {
        return gateway.map(IngressChain::target).or(() -> webApps().stream().findFirst());
    }

    /**
     * The back ends, in declaration order.
     *
     * @return the declared back ends
     */
    public List<Backend> backends() {
        return components.stream().filter(Backend.class::isInstance).map(Backend.class::cast).toList();
    }

    /**
     * A declared component by name.
     *
     * @param componentName its name
     * @return the first component with that name, if any
     */
    public Optional<Component> component(String componentName) {
        return components.stream().filter(c -> c.name().equals(componentName)).findFirst();
    }

    private IngressChain requireGateway(String verb) {
        return gateway.filter(IngressChain::complete).orElseThrow(() -> new IllegalStateException(
                "architecture '" + name + "': " + verb + "(...) needs a complete gateway; call enteredThrough(...) first"));
    }
}
