package dev.wwegen.docs;

import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.render.ReleaseRenderer;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.openshift.api.model.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which Kubernetes objects realise each connection, read from the objects {@link ReleaseRenderer}
 * actually renders for the release (so the page shows the profile's real host, namespaces and ports
 * and cannot drift from the manifests). Each step is one sentence; code is in backticks.
 */
public final class KubernetesMapping {

    /** The steps that realise one connection; empty when no object of this release takes part. */
    public record Realisation(int number, List<String> steps) {
    }

    private final Release release;
    private final List<RenderedObject> objects;

    private List<Realisation> realisations;

    public KubernetesMapping(Release release) {
        this(release, new ReleaseRenderer().render(release));
    }

    /** @param objects what {@link ReleaseRenderer} rendered for this release (generate has them already) */
    public KubernetesMapping(Release release, List<RenderedObject> objects) {
        this.release = release;
        this.objects = List.copyOf(objects);
    }

    /** One realisation per connection, in number order; worked out once. */
    public List<Realisation> realisations() {
        if (realisations == null) {
            realisations = work();
        }
        return realisations;
    }

    private List<Realisation> work() {
        Optional<IngressChain> gateway = release.architecture().gateway();
        List<Connection> hops = gateway.map(IngressChain::hops).orElse(List.of());
        List<Realisation> all = new ArrayList<>();
        for (Connection c : release.connections()) {
            int hop = hops.stream().map(Connection::number).toList().indexOf(c.number());
            List<String> steps = switch (hop) {
                case 0 -> entry();
                case 1 -> controller();
                case 2 -> toPods();
                default -> c.destination() instanceof WebApp ? loads(hops)
                        : c.destination() instanceof Backend backend && c.source() instanceof WebApp
                        ? podEgress(c, backend)
                        : c.destination() instanceof Backend backend ? backend(backend) : List.of();
            };
            all.add(new Realisation(c.number(), steps));
        }
        return List.copyOf(all);
    }

    private List<String> entry() {
        String host = release.exposure().host();
        var route = routeObject();
        return List.of("The browser opens `https://" + host + "/`; DNS for `" + host + "` points at the external"
                        + " ingress proxy, which listens on 443.",
                switch (release.exposure().kind()) {
                    case INGRESS -> "TLS for `" + host + "` uses Secret `" + release.exposure().tlsSecret()
                            + "` in namespace `" + release.namespace() + "` (" + route + ").";
                    case GATEWAY -> release.exposure().gateway().create()
                            ? "TLS for `" + host + "` terminates at the HTTPS listener of " + found(Gateway.class)
                            + " with Secret `" + release.exposure().tlsSecret() + "`."
                            : "TLS for `" + host + "` terminates at Gateway `" + release.exposure().gateway().namespace()
                            + "/" + release.exposure().gateway().name() + "`, which another team runs.";
                    case OPENSHIFT -> "TLS for `" + host + "` terminates at the OpenShift router (termination `"
                            + release.exposure().termination() + "`, plain HTTP redirected; " + route + ").";
                });
    }

    private List<String> controller() {
        var controller = release.architecture().gateway().orElseThrow().controller();
        String who = "The " + controller.kind().title() + " controller `" + controller.name() + "` in namespace `"
                + controller.namespace().name() + "`";
        return List.of(switch (release.exposure().kind()) {
            case INGRESS -> who + " serves " + routeObject() + " (class `" + release.exposure().ingressClassName()
                    + "`) for host `" + release.exposure().host() + "` and terminates TLS; this release does not deploy"
                    + " the controller.";
            case GATEWAY -> who + " runs Gateway `" + release.exposure().gateway().namespace() + "/"
                    + release.exposure().gateway().name() + "`" + (release.exposure().gateway().sectionName().isEmpty()
                    ? "" : " (listener `" + release.exposure().gateway().sectionName() + "`)") + " and serves "
                    + routeObject() + " for host `" + release.exposure().host() + "`"
                    + (release.exposure().gateway().redirects() ? "; " + redirect() + " sends plain HTTP on listener `"
                    + release.exposure().gateway().httpSectionName() + "` to HTTPS" : "")
                    + (release.exposure().gateway().create() ? "; this release renders the Gateway ("
                    + found(Gateway.class) + ")" : "; this release does not deploy the Gateway") + ".";
            case OPENSHIFT -> who + " serves " + routeObject() + " for host `" + release.exposure().host()
                    + "`; OpenShift runs the router.";
        });
    }

    private List<String> toPods() {
        var service = find(Service.class);
        var servicePort = service.object().getSpec().getPorts().get(0);
        String target = servicePort.getTargetPort().getStrVal();
        var deployment = find(Deployment.class);
        int containerPort = deployment.object().getSpec().getTemplate().getSpec().getContainers().get(0).getPorts()
                .stream().filter(p -> target.equals(p.getName())).findFirst().orElseThrow().getContainerPort();
        var policy = find(NetworkPolicy.class);
        var rule = policy.object().getSpec().getIngress().get(0);
        var peer = rule.getFrom().get(0);
        String pods = peer.getPodSelector() == null ? "any pod" : "pods " + labels(peer.getPodSelector().getMatchLabels());
        return List.of(routeObject() + " path `/` → Service `" + name(service) + "` "
                        + (release.exposure().kind() == dev.wwegen.dsl.model.RouteKind.OPENSHIFT ? "targetPort `" + target + "`"
                        : "port " + servicePort.getPort()) + " (" + service.file() + ").",
                "Service port " + servicePort.getPort() + " → targetPort `" + target + "` → containerPort "
                        + containerPort + " of Deployment `" + name(deployment) + "` in namespace `" + release.namespace()
                        + "` (" + deployment.file() + ").",
                "NetworkPolicy `" + name(policy) + "` admits " + rule.getPorts().get(0).getProtocol() + " "
                        + rule.getPorts().get(0).getPort().getIntVal() + " only from " + pods + " in namespaces "
                        + labels(peer.getNamespaceSelector().getMatchLabels()) + " (" + policy.file() + ").");
    }

    /** The object that realises the route: {@code Ingress `wwe` (`manifests/dev/07-ingress-wwe.yaml`)}. */
    private String routeObject() {
        return switch (release.exposure().kind()) {
            case INGRESS -> found(Ingress.class);
            case OPENSHIFT -> found(Route.class);
            case GATEWAY -> objects.stream().filter(o -> o.object() instanceof HTTPRoute
                            && o.object().getMetadata().getName().equals(release.name()))
                    .map(o -> "HTTPRoute `" + release.name() + "` (`manifests/" + release.profile() + "/" + o.fileName() + "`)")
                    .findFirst().orElseThrow();
        };
    }

    private String redirect() {
        return objects.stream().filter(o -> o.object() instanceof HTTPRoute
                        && !o.object().getMetadata().getName().equals(release.name()))
                .map(o -> "HTTPRoute `" + o.object().getMetadata().getName() + "` (`manifests/" + release.profile() + "/"
                        + o.fileName() + "`)").findFirst().orElseThrow();
    }

    private <T> String found(Class<T> kind) {
        var f = find(kind);
        return kind.getSimpleName() + " `" + name(f) + "` (" + f.file() + ")";
    }

    private List<String> loads(List<Connection> hops) {
        String numbers = hops.stream().map(h -> String.valueOf(h.number())).reduce((a, b) -> a + ", " + b).orElse("");
        return List.of("Rides on connections " + numbers + ": `https://" + release.exposure().host() + "/` reaches the"
                + " pods through the " + release.exposure().kind().title() + " objects, the Service and the NetworkPolicy described under those connections.");
    }

    private List<String> backend(Backend backend) {
        var config = find(ConfigMap.class);
        String url = release.browserConfig().get(backend.configKey());
        String served = url == null
                ? "The profile sets no `" + backend.configKey() + "` for the browser."
                : "The browser gets `" + backend.configKey() + "` = `" + url + "` from ConfigMap `" + name(config)
                        + "` (" + config.file() + ").";
        return List.of(served, "It calls the back end in namespace `" + backend.namespace().name() + "` through the"
                + " inbound gateway; the pods never connect to it (their NetworkPolicy allows no egress to it).");
    }

    /** A connection the pods make themselves: the NetworkPolicy's egress rule to the back end's namespace. */
    private List<String> podEgress(Connection c, Backend backend) {
        var config = find(ConfigMap.class);
        var policy = find(NetworkPolicy.class);
        String url = release.browserConfig().get(backend.configKey());
        return List.of("The pods read `" + backend.configKey() + "` = `" + url + "` from ConfigMap `" + name(config)
                        + "` (" + config.file() + ").",
                "NetworkPolicy `" + name(policy) + "` allows egress " + c.protocol().transport() + " " + c.port()
                        + " to namespace `" + backend.namespace().name() + "` (" + policy.file() + ").");
    }

    private <T> Found<T> find(Class<T> kind) {
        return objects.stream().filter(o -> kind.isInstance(o.object())).findFirst()
                .map(o -> new Found<>(kind.cast(o.object()),
                        "`manifests/" + release.profile() + "/" + o.fileName() + "`"))
                .orElseThrow(() -> new IllegalStateException("release '" + release.name() + "' renders no "
                        + kind.getSimpleName()));
    }

    private static String name(Found<?> found) {
        return ((io.fabric8.kubernetes.api.model.HasMetadata) found.object()).getMetadata().getName();
    }

    private static String labels(java.util.Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> "`" + e.getKey() + "=" + e.getValue() + "`")
                .reduce((a, b) -> a + ", " + b).orElse("(any)");
    }

    private record Found<T>(T object, String file) {
    }
}
