package dev.wwegen.profile;

import dev.wwegen.dsl.model.RouteKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Builds the {@link Profile} record from a merged, checked effective tree. It runs only when no
 * error was found, so every value it reads is present and well-formed.
 */
final class ProfileBinder {

    private ProfileBinder() {
    }

    static Profile bind(String name, Map<String, Object> tree, Locations locations) {
        TreeValues v = new TreeValues(tree);
        Map<String, BackendEndpoint> backends = new TreeMap<>();
        v.<Map<String, Object>>map("backends").forEach((backend, settings) ->
                backends.put(backend, new BackendEndpoint(URI.create((String) settings.get("url")))));
        List<Toleration> tolerations = new ArrayList<>();
        List<?> listed = (List<?>) v.get("tolerations");
        for (Object item : listed == null ? List.of() : listed) {
            TreeValues t = new TreeValues(cast(item));
            tolerations.add(new Toleration(nonEmpty(t.text("key")), t.text("operator"), nonEmpty(t.text("value")),
                    nonEmpty(t.text("effect")), id(t.get("tolerationSeconds"))));
        }
        String priority = v.text("priorityClassName");
        RouteSettings route = route(v);
        return new Profile(name, v.text("description"), "development".equals(v.text("environment")),
                v.text("namespace"), image(v),
                texts(v.get("imagePullSecrets")),
                v.integer("replicas"),
                new Autoscaling(Boolean.TRUE.equals(v.get("autoscaling.enabled")), v.integer("autoscaling.minReplicas"),
                        v.integer("autoscaling.maxReplicas"), v.integer("autoscaling.targetCPUUtilizationPercentage"),
                        v.integer("autoscaling.targetMemoryUtilizationPercentage")),
                new Resources(quantities(v, "resources.requests"), quantities(v, "resources.limits")),
                v.integer("service.port"),
                new IngressSettings(className(v, route), Objects.requireNonNullElse(v.text("ingress.host"), ""),
                        v.text("ingress.tlsSecret"), v.map("ingress.annotations")),
                route,
                backends,
                new SecurityIds(id(v.get("securityContext.runAsUser")), id(v.get("securityContext.runAsGroup")),
                        id(v.get("securityContext.fsGroup"))),
                v.integer("podDisruptionBudget.maxUnavailable"), nonEmpty(priority),
                v.map("nodeSelector"), tolerations, v.map("podLabels"), v.map("podAnnotations"), v.map("features"),
                locations, tree, failover(v));
    }

    private static Failover failover(TreeValues v) {
        Map<String, URI> backends = new TreeMap<>();
        v.<Map<String, Object>>map("failover.backends").forEach((backend, settings) ->
                backends.put(backend, URI.create((String) settings.get("url"))));
        return new Failover(Optional.ofNullable(v.text("failover.wweUrl")).map(URI::create), backends);
    }

    /** The route block with the preset's namespace and labels where the profile sets none. */
    private static RouteSettings route(TreeValues v) {
        RouteKind kind = RouteKind.ofKey(v.text("route.kind")).orElseThrow();
        String word = v.text("route.controller.preset");
        ControllerPreset preset = word == null ? ControllerPreset.defaultFor(kind) : ControllerPreset.ofKey(word).orElseThrow();
        boolean create = Boolean.TRUE.equals(v.get("route.gateway.create"));
        String gatewayName = Objects.requireNonNullElse(v.text("route.gateway.name"), "");
        String gatewayNamespace = Objects.requireNonNullElse(v.text("route.gateway.namespace"), v.text("namespace"));
        var gateway = new RouteSettings.Gateway(gatewayName, gatewayNamespace,
                Objects.requireNonNullElse(v.text("route.gateway.sectionName"), create ? "https" : ""),
                Objects.requireNonNullElse(v.text("route.gateway.httpSectionName"), create ? "http" : ""),
                create, Objects.requireNonNullElse(v.text("route.gateway.className"), ""));
        var controller = new RouteSettings.Controller(preset,
                Objects.requireNonNullElse(v.text("route.controller.namespace"), preset.namespace(gatewayNamespace)),
                v.get("route.controller.namespaceLabels") != null ? v.map("route.controller.namespaceLabels")
                        : preset.namespaceLabels(),
                v.get("route.controller.podLabels") != null ? v.map("route.controller.podLabels")
                        : preset.podLabels(gatewayName, gatewayNamespace));
        return new RouteSettings(kind, controller, gateway,
                Objects.requireNonNullElse(v.text("route.openshift.termination"), "edge"));
    }

    /** The profile's class, else the class the Ingress controller serves by default. */
    private static String className(TreeValues v, RouteSettings route) {
        String given = v.text("ingress.className");
        return given == null || given.isEmpty() ? route.controller().preset().className() : given;
    }

    private static ImageSettings image(TreeValues v) {
        return new ImageSettings(v.text("image.registry"), Optional.ofNullable(v.text("image.repository")),
                Optional.ofNullable(v.text("image.tag")), Optional.ofNullable(v.text("image.digest")),
                v.text("image.pullPolicy"));
    }

    private static Quantities quantities(TreeValues v, String prefix) {
        return new Quantities(Quantity.parse(v.text(prefix + ".cpu")).orElseThrow(),
                Quantity.parse(v.text(prefix + ".memory")).orElseThrow(),
                Quantity.parse(v.text(prefix + ".ephemeralStorage")).orElseThrow());
    }

    private static List<String> texts(Object list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            ((List<?>) list).forEach(item -> out.add((String) item));
        }
        return out;
    }

    private static Optional<String> nonEmpty(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static OptionalLong id(Object value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
