package com.example.desk;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.ArchitectureModel;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Client;
import dev.wwegen.dsl.model.DataFlow;
import dev.wwegen.dsl.model.EdgeProxy;
import dev.wwegen.dsl.model.Image;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.Namespace;
import dev.wwegen.dsl.model.Port;
import dev.wwegen.dsl.model.Probe;
import dev.wwegen.dsl.model.Resources;
import dev.wwegen.dsl.model.Tls;
import dev.wwegen.dsl.model.WebApp;

/**
 * ACME's contact desk: WWE served as "desk" in namespace contact-desk, behind Traefik, with the Genesys
 * back ends (GAuth and GWS share namespace genesys-core), ACME's CRM and SSO, and a licence service the
 * pods call themselves.
 */
public final class DeskModel implements ArchitectureModel {

    private static final String PAGE = "HTML 5 content of the agent desktop.";

    @Override
    public Architecture architecture() {
        var desk = WebApp.named("desk")
                .labelled("ACME Agent Desk")
                .in(Namespace.owned("contact-desk"))
                .image(Image.of("acme/desk-nginx").tag("2.4.1"))
                .serves(Port.http("web", 8080), Port.http("metrics", 9113))
                .probes(Probe.httpGet("/healthz").onPort("web"),
                        Probe.httpGet("/healthz").onPort("web").every(30).failingAfter(5))
                .writes("/tmp", "/var/cache/nginx", "/var/run", "/var/lib/nginx")
                .env("NGINX_WORKER_PROCESSES", "2")
                .setting("supportUrl", "https://support.acme.example")
                .podLabel("acme.example/cost-centre", "cc-4711")
                .resources(Resources.of(Resources.cpu("150m", "160Mi", "64Mi"), Resources.cpu("750m", "320Mi", "128Mi")));

        var gateway = IngressChain.from(Client.browser())
                .through(EdgeProxy.named("edge-lb").labelled("ACME edge load balancer"))
                .through(IngressController.named("traefik").in(Namespace.external("traefik")))
                .to(desk, "web")
                .tls(Tls.secret("desk-tls"))
                .carrying(PAGE)
                .numbered(7, 8, 9);

        var core = Namespace.external("genesys-core");
        return Architecture.named("acme-desk")
                .labelled("ACME Agent Desk")
                .describedAs("Workspace Web Edition as ACME runs it: its own name, namespace and ingress controller,"
                        + " its CRM and SSO next to the Genesys services, and a licence check made by the pods.")
                .enteredThrough(gateway)
                .browserLoads(1, PAGE)
                .browserNeeds(2, Backend.named("gauth").labelled("Genesys Authentication").in(core), DataFlow.BOTH,
                        "Authentication information.")
                .browserNeeds(3, Backend.named("gws").labelled("Genesys Web Services and Applications").in(core),
                        DataFlow.BOTH, "Provisioning, statistics, interaction control.")
                .browserNeeds(4, Backend.named("webrtc").labelled("WebRTC Media Service")
                        .in(Namespace.external("webrtc")), DataFlow.BOTH, "VoIP control and media.")
                .browserNeeds(5, Backend.named("telemetry").labelled("Telemetry Service")
                        .in(Namespace.external("tlm")), DataFlow.TO_DESTINATION, "Metrics, events and logs.")
                .browserNeeds(6, Backend.named("digital-channels").labelled("Digital Channels")
                        .in(Namespace.external("nexus")), DataFlow.BOTH, "Digital interaction content.")
                .browserNeeds(10, Backend.named("crm").labelled("ACME CRM").in(Namespace.external("crm"))
                        .configuredAs("crmBaseUrl"), DataFlow.BOTH, "Customer records shown beside the interaction.")
                .browserNeeds(11, Backend.named("sso").labelled("ACME single sign-on")
                        .in(Namespace.external("identity")), DataFlow.BOTH, "Single sign-on tokens.")
                .podCalls(12, Backend.named("licensing").labelled("ACME licence service")
                        .in(Namespace.external("licensing")).port(Port.https("https", 8443)), DataFlow.BOTH,
                        "Seat licence checks made by the desk pods at start-up.");
    }
}
