package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Client;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.DataFlow;
import dev.wwegen.dsl.model.EdgeProxy;
import dev.wwegen.dsl.model.Image;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.RouteKind;
import java.util.Map;
import dev.wwegen.dsl.model.Namespace;
import dev.wwegen.dsl.model.Port;
import dev.wwegen.dsl.model.Probe;
import dev.wwegen.dsl.model.Protocol;
import dev.wwegen.dsl.model.Tls;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.dsl.reference.WweReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule: the reference passes it, and one broken model fails it with exactly the expected message. */
class RuleTest {

    private static WebApp wwe() {
        return WebApp.named("wwe").in(Namespace.owned("wwe")).image(Image.of("workspace/wwe-nginx").tag("1.0.0"))
                .serves(Port.http("http", 8080));
    }

    /** A small valid architecture; each case breaks one thing in it. */
    private static Architecture build(UnaryOperator<WebApp> app, UnaryOperator<IngressChain> chain,
                                      UnaryOperator<Architecture> rest) {
        var web = app.apply(wwe());
        var gateway = chain.apply(IngressChain.from(Client.browser()).through(EdgeProxy.named("ingress-proxy"))
                .through(IngressController.named("ingress-nginx")).to(web, "http").tls(Tls.secret("wwe-tls"))
                .numbered(7, 8, 9));
        var arch = Architecture.named("wwe").enteredThrough(gateway).browserLoads(1, "html")
                .browserNeeds(3, Backend.named("gws"), DataFlow.BOTH, "api");
        return rest.apply(arch);
    }

    private static Arguments fails(Rule rule, Architecture broken, String... expected) {
        return Arguments.of(rule.id(), rule, broken, List.of(expected));
    }

    static Stream<Arguments> cases() {
        UnaryOperator<WebApp> sameApp = a -> a;
        UnaryOperator<IngressChain> sameChain = c -> c;
        UnaryOperator<Architecture> same = a -> a;
        return Stream.of(
                fails(new NamesAreDnsLabels(), build(sameApp, sameChain, a -> a.with(Backend.named("Web_App"))),
                        "error  model wwe components[Web_App].name: \"Web_App\" is not an RFC 1123 label\n"
                                + "       hint: use at most 63 lower-case letters, digits and '-', starting and ending"
                                + " with a letter or digit",
                        "error  model wwe namespaces[Web_App]: \"Web_App\" is not an RFC 1123 label\n"
                                + "       hint: use at most 63 lower-case letters, digits and '-', starting and ending"
                                + " with a letter or digit"),
                fails(new NamesAreDnsLabels(), build(sameApp, sameChain, a -> new Architecture("r".repeat(54), a.label(),
                                a.summary(), a.components(), a.gateway(), a.connections())),
                        "error  model " + "r".repeat(54) + " name: \"" + "r".repeat(54) + "\" has 54 characters; as the"
                                + " Helm release name it may have at most 53\n       hint: use a shorter architecture name"),
                fails(new ComponentNamesUnique(), build(sameApp, sameChain, a -> a.with(Backend.named("wwe")
                                .in(Namespace.external("other")))),
                        "error  model wwe components[wwe]: name \"wwe\" is used by WebApp \"Workspace Web Edition\" and"
                                + " Backend \"wwe\"\n       hint: rename one of them"),
                fails(new PortsInRange(), build(a -> a.serves(Port.http("admin", 70000)), sameChain, same),
                        "error  model wwe components[wwe].ports[admin].number: port 'admin' (70000) must be between 1"
                                + " and 65535\n       hint: use a port number between 1 and 65535, e.g. 8080"),
                fails(new PortNamesAreServiceNames(), build(a -> a.serves(Port.http("metrics-endpoint1", 9090)),
                                sameChain, same),
                        "error  model wwe components[wwe].ports[metrics-endpoint1].name: port name \"metrics-endpoint1\""
                                + " is not an IANA service name\n       hint: use at most 15 lower-case letters, digits"
                                + " and single '-', with at least one letter, e.g. http"),
                fails(new ConnectionNumbersUnique(), build(sameApp, sameChain, a -> a.browserLoads(3, "again")),
                        "error  model wwe connections[3]: number 3 is used by Browser → gws and Browser → Workspace"
                                + " Web Edition\n       hint: give each connection its own number"),
                fails(new ConnectionEndpointsDeclared(), build(sameApp, sameChain, a -> a.connect(Connection.number(10)
                                .from(a.webApp().orElseThrow()).to(Backend.named("metrics")).over(Protocol.HTTPS, 443))),
                        "error  model wwe connections[10].destination: \"metrics\" is not declared in architecture wwe\n"
                                + "       hint: add it with .with(...) or use a declared component"),
                fails(new ConnectionsReachDeclaredPorts(), build(sameApp, sameChain, a -> a.connect(Connection.number(10)
                                .from(a.gateway().orElseThrow().controller()).to(a.webApp().orElseThrow())
                                .over(Protocol.HTTP, 8081))),
                        "error  model wwe connections[10].port: connection 10 reaches wwe on HTTP 8081, which it does"
                                + " not declare\n       hint: use one of [HTTP 8080]"),
                fails(new IngressChainEndsAtDeclaredPort(), build(sameApp, c -> c.to(c.target(), "web"), same),
                        "error  model wwe gateway.targetPort: ingress chain ends at port \"web\", which web app wwe"
                                + " does not declare\n       hint: use one of [http] or declare it with"
                                + " .serves(Port.http(\"web\", 8080))"),
                fails(new HttpsHopHasTls(), build(sameApp, c -> new IngressChain(c.name(), c.label(), c.client(),
                                c.proxy(), c.controller(), c.target(), c.targetPort(), java.util.Optional.empty(),
                                c.hopNumbers(), c.data()), same),
                        "error  model wwe gateway.tls: connection 7 (Browser → Inbound Gateway) is HTTPS but the"
                                + " gateway declares no TLS\n       hint: add .tls(Tls.secret(\"wwe-tls\"))",
                        "error  model wwe gateway.tls: connection 8 (Ingress proxy → Ingress controller) is HTTPS but"
                                + " the gateway declares no TLS\n       hint: add .tls(Tls.secret(\"wwe-tls\"))"),
                fails(new ControllerIsAdmitted(), build(sameApp, sameChain, a -> a.withController(
                                IngressController.named("router").routing(RouteKind.OPENSHIFT)
                                        .in(Namespace.external("openshift-ingress")).selectedBy(Map.of()))),
                        "error  model wwe gateway.controller.namespaceLabels: the NetworkPolicy would not admit"
                                + " OpenShift Route controller router (namespace openshift-ingress): OpenShift admits its"
                                + " router (which may run on the host network) only by the namespace label"
                                + " policy-group.network.openshift.io/ingress=\"\"\n       hint: add namespaceLabels:"
                                + " {policy-group.network.openshift.io/ingress: \"\"}"),
                fails(new ControllerIsAdmitted(), build(sameApp, sameChain, a -> a.withController(
                                IngressController.named("router").routing(RouteKind.OPENSHIFT)
                                        .in(Namespace.external("openshift-ingress"))
                                        .namespaceLabelled(Map.of("policy-group.network.openshift.io/ingress", ""))
                                        .selectedBy(Map.of("app", "router")))),
                        "warning model wwe gateway.controller.podLabels: a pod selector does not match OpenShift Route"
                                + " controller router (namespace openshift-ingress) when it runs on the host network"
                                + " (HostNetwork endpoint publishing)\n       hint: leave podLabels empty; the namespace"
                                + " label admits the router"),
                fails(new ControllerIsAdmitted(), build(sameApp, sameChain, a -> a.withController(
                                IngressController.named("traefik").selectedBy(Map.of()))),
                        "warning model wwe gateway.controller.podLabels: the NetworkPolicy admits every pod of the"
                                + " namespaces that Ingress controller traefik (namespace traefik) runs in\n       hint:"
                                + " name the labels of its forwarding pods"),
                fails(new ProbesTargetDeclaredPort(), build(a -> a.probes(Probe.httpGet("/index.html").onPort("web"),
                                Probe.httpGet("/index.html").every(20)), sameChain, same),
                        "error  model wwe components[wwe].readiness.port: probe uses port \"web\", which wwe does not"
                                + " declare\n       hint: probe a declared port, e.g. .onPort(\"http\")"),
                fails(new ProbesTargetDeclaredPort(), build(a -> a.probes(Probe.httpGet("/index.html"),
                                Probe.httpGet("/index.html")), sameChain, same),
                        "error  model wwe components[wwe].liveness: liveness and readiness probes are identical\n"
                                + "       hint: let liveness fail later, e.g."
                                + " Probe.httpGet(\"/index.html\").every(20).failingAfter(6)"),
                fails(new NamespacesMatchOwnership(), build(a -> a.in(Namespace.external("wwe")), sameChain, same),
                        "error  model wwe components[wwe].namespace: web app wwe is in external namespace wwe\n"
                                + "       hint: use Namespace.owned(\"wwe\")"),
                fails(new ImageIsPinned(), build(a -> a.image(Image.of("workspace/wwe-nginx").tag("latest")),
                                sameChain, same),
                        "error  model wwe components[wwe].image.tag: image tag \"latest\" is not a version\n"
                                + "       hint: pin a version, e.g. .tag(\"100.0.001.0113\"), or a digest"),
                fails(new ImageIsPinned(), build(a -> a.image(Image.of("host:5000/wwe")), sameChain, same),
                        "error  model wwe components[wwe].image.repository: \"host:5000/wwe\" is not an image"
                                + " repository path\n       hint: use lower-case path parts, e.g. workspace/wwe-nginx;"
                                + " put a registry host in .registry(...)",
                        "error  model wwe components[wwe].image.tag: image host:5000/wwe has no tag or digest\n"
                                + "       hint: pin a version, e.g. .tag(\"100.0.001.0113\")"),
                fails(new BackendsAreReachable(), build(sameApp, sameChain, a -> a.with(Backend.named("telemetry"))),
                        "warning model wwe components[telemetry]: back end telemetry has no connection\n"
                                + "       hint: add .browserNeeds(n, telemetry, ...) or remove it"),
                fails(new WebAppIsDeployable(), build(a -> new WebApp("0wwe", a.label(), a.namespace(), a.image(),
                                a.ports(), a.readiness(), a.liveness(), a.writablePaths(), a.settings()), sameChain, same),
                        "error  model wwe components[0wwe].name: web app name \"0wwe\" does not start with a letter, so"
                                + " it cannot name its Service (DNS-1035)\n       hint: start it with a letter, e.g. wwe"),
                fails(new WebAppIsDeployable(), build(a -> a.writes("/tmp", "var/run"), sameChain, same),
                        "error  model wwe components[wwe].writablePaths: \"var/run\" is not a distinct absolute"
                                + " directory below /\n       hint: list each directory NGINX writes once, e.g."
                                + " /var/cache/nginx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleReportsExactlyTheBrokenInvariant(String id, Rule rule, Architecture broken, List<String> expected) {
        assertThat(rule.check(broken)).map(Finding::format).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleHoldsForTheReferenceAndTheSmallModel(String id, Rule rule, Architecture ignored, List<String> unused) {
        assertThat(rule.check(WweReference.architecture())).isEmpty();
        assertThat(rule.check(build(a -> a, c -> c, a -> a))).isEmpty();
    }

    @Test
    void everyRuleHasAFailingCase() {
        var covered = cases().map(args -> args.get()[0]).toList();
        assertThat(covered).containsAll(ModelCheck.rules().stream().map(Rule::id).toList());
    }

    @Test
    void allFindingsAreCollectedBeforeReporting() {
        var broken = build(a -> a.serves(Port.http("admin", 0)).image(Image.of("wwe").tag("latest")), sameChain(),
                a -> a.browserLoads(3, "again"));
        assertThat(ModelCheck.run(broken)).map(Finding::path).containsExactly(
                "components[wwe].image.tag", "components[wwe].ports[admin].number", "connections[3]");
    }

    private static UnaryOperator<IngressChain> sameChain() {
        return c -> c;
    }
}
