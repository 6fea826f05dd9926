package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inbound gateway as one concept: the browser reaches the edge proxy, which forwards to the
 * ingress controller, which forwards to a named port of the web app. Its three hops are connections
 * of their own; connections "through the gateway" (browser → WWE, browser → GWS, …) ride on it.
 *
 * <pre>{@code
 * IngressChain.from(Client.browser())
 *     .through(EdgeProxy.named("ingress-proxy"))
 *     .through(IngressController.named("ingress-nginx"))
 *     .to(wwe, "http")
 *     .tls(Tls.secret("wwe-tls"))
 *     .numbered(7, 8, 9);
 * }</pre>
 *
 * @param name        identifier, default {@code inbound-gateway}
 * @param label       display name, default {@code Inbound Gateway}
 * @param client      who starts every connection through it
 * @param proxy       first hop; may be null while building
 * @param controller  second hop; may be null while building
 * @param target      the web app the last hop reaches; may be null while building
 * @param targetPort  name of the web app's port the controller connects to
 * @param tls         where HTTPS terminates; required when any hop is HTTPS (rule {@code HttpsHopHasTls})
 * @param hopNumbers  connection numbers of the three hops: client → gateway, proxy → controller,
 *                    controller → web app
 * @param data        what travels on the hops, in the page's words
 */
public record IngressChain(String name, String label, Client client, EdgeProxy proxy, IngressController controller,
                           WebApp target, String targetPort, Optional<Tls> tls, List<Integer> hopNumbers,
                           String data) implements Endpoint {

    /**
     * Fills defaults and makes the hop numbers immutable; proxy, controller and target may be null while building.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     * @param client as the record component {@link #client()}
     * @param proxy as the record component {@link #proxy()}
     * @param controller as the record component {@link #controller()}
     * @param target as the record component {@link #target()}
     * @param targetPort as the record component {@link #targetPort()}
     * @param tls as the record component {@link #tls()}
     * @param hopNumbers as the record component {@link #hopNumbers()}
     * @param data as the record component {@link #data()}
     */
    public IngressChain {
        CallSites.record(this);
        Objects.requireNonNull(name, "ingress chain name");
        Objects.requireNonNull(label, "ingress chain label");
        Objects.requireNonNull(client, "ingress chain client");
        targetPort = targetPort == null ? "" : targetPort;
        tls = tls == null ? Optional.empty() : tls;
        hopNumbers = List.copyOf(hopNumbers);
        data = data == null ? "" : data;
    }

    /**
     * Starts a chain at the client.
     *
     * @param client usually {@link Client#browser()}
     * @return a chain without hops yet
     */
    public static IngressChain from(Client client) {
        return new IngressChain("inbound-gateway", "Inbound Gateway", client, null, null, null, "", Optional.empty(),
                List.of(), "");
    }

    /**
     * Adds the next hop: first the edge proxy, then the ingress controller.
     *
     * @param hop an {@link EdgeProxy}, then an {@link IngressController}
     * @return a copy with that hop
     */
    public IngressChain through(Component hop) {
        if (hop instanceof EdgeProxy edge && proxy == null) {
            return new IngressChain(name, label, client, edge, controller, target, targetPort, tls, hopNumbers, data);
        }
        if (hop instanceof IngressController ctl && proxy != null && controller == null) {
            return new IngressChain(name, label, client, proxy, ctl, target, targetPort, tls, hopNumbers, data);
        }
        throw new IllegalArgumentException("ingress chain '" + name + "' goes through an edge proxy, then an ingress"
                + " controller; cannot add " + hop.name() + " (" + hop.getClass().getSimpleName() + ") here");
    }

    /**
     * Ends the chain at a named port of the web app.
     *
     * @param app the web app
     * @param portName the name of one of its declared ports
     * @return a copy that ends there
     */
    public IngressChain to(WebApp app, String portName) {
        if (controller == null) {
            throw new IllegalArgumentException("ingress chain '" + name + "' needs an edge proxy and an ingress"
                    + " controller before it reaches web app '" + app.name() + "'");
        }
        return new IngressChain(name, label, client, proxy, controller, app, portName, tls, hopNumbers, data);
    }

    /**
     * The same chain through another ingress controller: how a profile's choice of route kind and
     * controller identity (Gateway API, OpenShift router, Ingress controller) replaces the model's default.
     *
     * @param replacement the controller the profile chose
     * @return a copy through that controller
     */
    public IngressChain withController(IngressController replacement) {
        if (controller == null) {
            throw new IllegalStateException("ingress chain '" + name + "' has no ingress controller to replace");
        }
        return new IngressChain(name, label, client, proxy, replacement, target, targetPort, tls, hopNumbers, data);
    }

    /**
     * Sets where HTTPS terminates.
     *
     * @param where the TLS Secret
     * @return a copy with TLS
     */
    public IngressChain tls(Tls where) {
        return new IngressChain(name, label, client, proxy, controller, target, targetPort, Optional.of(where), hopNumbers, data);
    }

    /**
     * Sets the display name.
     *
     * @param displayName e.g. {@code Inbound Gateway}
     * @return a copy with that label
     */
    public IngressChain labelled(String displayName) {
        return new IngressChain(name, displayName, client, proxy, controller, target, targetPort, tls, hopNumbers, data);
    }

    /**
     * The connection numbers of its three hops, in order.
     *
     * @param entry client → gateway
     * @param proxyToController edge proxy → ingress controller
     * @param controllerToApp ingress controller → web app
     * @return a copy with those numbers
     */
    public IngressChain numbered(int entry, int proxyToController, int controllerToApp) {
        return new IngressChain(name, label, client, proxy, controller, target, targetPort, tls,
                List.of(entry, proxyToController, controllerToApp), data);
    }

    /**
     * What travels on the three hops.
     *
     * @param description the table's Data column
     * @return a copy carrying that
     */
    public IngressChain carrying(String description) {
        return new IngressChain(name, label, client, proxy, controller, target, targetPort, tls, hopNumbers, description);
    }

    /**
     * True once proxy, controller and target are all set.
     *
     * @return whether the chain is complete
     */
    public boolean complete() {
        return proxy != null && controller != null && target != null;
    }

    /**
     * The port browsers connect to: the edge proxy's.
     *
     * @return the edge proxy's port
     */
    public Port entryPort() {
        return proxy.port();
    }

    @Override
    public Location location() {
        return Location.CLUSTER_EDGE;
    }

    /**
     * The three hops as connections, numbered as {@link #numbered} said. The last hop's protocol and
     * port are the web app's declared port; if that port is missing, the hop keeps the name-only
     * placeholder 0 and the rule {@code IngressChainEndsAtDeclaredPort} reports it.
     *
     * @return the three hops, or none while incomplete
     */
    public List<Connection> hops() {
        if (!complete() || hopNumbers.size() != 3) {
            return List.of();
        }
        Optional<Port> last = target.port(targetPort);
        // Derived at every call (connections, docs, checks): no finding points at a hop (the chain's own site
        // stands for them), so their sites are not recorded.
        return CallSites.unrecorded(() -> List.of(
                Connection.number(hopNumbers.get(0)).from(client).to(this)
                        .over(proxy.port().protocol(), proxy.port().number()).carrying(data).flowing(DataFlow.TO_SOURCE),
                Connection.number(hopNumbers.get(1)).from(proxy).to(controller)
                        .over(controller.port().protocol(), controller.port().number()).carrying(data)
                        .flowing(DataFlow.TO_SOURCE),
                Connection.number(hopNumbers.get(2)).from(controller).to(target)
                        .over(last.map(Port::protocol).orElse(Protocol.HTTP), last.map(Port::number).orElse(0))
                        .carrying(data).flowing(DataFlow.TO_SOURCE)));
    }
}
