package dev.wwegen.chart;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Probe;
import dev.wwegen.dsl.model.Resources;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.profile.Profile;
import dev.wwegen.resolve.ImageReference;
import dev.wwegen.resolve.ModelDefaults;
import dev.wwegen.resolve.Resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart's values for one profile, as a plain tree in the order values.yaml shows them. The model gives
 * structure (ports, probes, writable paths, the ingress controller, back-end config keys) and the profile
 * gives environment values, exactly as the resolve stage combines them for the manifests. A value the
 * profile leaves unset and the model cannot give (the host, back-end URLs) gets an obvious placeholder
 * under {@code example.invalid}, so the chart's own defaults still lint and render.
 */
final class ChartValues {

    /** The DNS zone of placeholders: reserved, it never resolves. */
    static final String PLACEHOLDER_ZONE = "example.invalid";

    private ChartValues() {
    }

    static Map<String, Object> of(Architecture architecture, Profile profile) {
        WebApp app = architecture.webApp().orElseThrow();
        var gateway = architecture.gateway().orElseThrow();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("nameOverride", "");
        v.put("fullnameOverride", "");
        v.put("managedBy", Resolver.MANAGED_BY);
        v.put("partOf", architecture.name());
        v.put("image", image(app, profile));
        v.put("imagePullSecrets", profile.imagePullSecrets().stream().map(s -> map("name", s)).toList());
        v.put("replicaCount", profile.replicas());
        var hpa = profile.autoscaling();
        v.put("autoscaling", map("enabled", hpa.enabled(), "minReplicas", hpa.minReplicas(),
                "maxReplicas", hpa.maxReplicas(), "targetCPUUtilizationPercentage", hpa.targetCPUUtilizationPercentage(),
                "targetMemoryUtilizationPercentage", hpa.targetMemoryUtilizationPercentage()));
        var resources = ModelDefaults.resources(app, profile);
        v.put("resources", map("requests", quantities(resources.requests()), "limits", quantities(resources.limits())));
        var served = app.port(gateway.targetPort()).orElseThrow();
        v.put("containerPort", served.number());
        v.put("containerPortName", served.name());
        v.put("containerPortProtocol", served.protocol().transport());
        v.put("extraPorts", app.ports().stream().filter(p -> !p.name().equals(served.name()))
                .map(p -> map("name", p.name(), "containerPort", p.number(), "protocol", p.protocol().transport()))
                .toList());
        v.put("env", new TreeMap<>(app.env()));
        v.put("probes", map("readiness", probe(app.readiness()), "liveness", probe(app.liveness())));
        v.put("podSecurityContext", podSecurity(profile));
        v.put("securityContext", map("allowPrivilegeEscalation", false, "capabilities", map("drop", List.of("ALL")),
                "privileged", false, "readOnlyRootFilesystem", true, "runAsNonRoot", true));
        v.put("writablePaths", app.writablePaths());
        v.put("service", map("type", "ClusterIP", "port", profile.servicePort()));
        v.put("ingress", ingress(app, profile));
        v.put("route", route(profile));
        v.put("networkPolicy", map("enabled", true, "ingressController", controller(profile),
                "egress", Resolver.egress(architecture).stream()
                        .map(e -> map("namespace", e.namespace(), "port", e.port(), "protocol", e.transport())).toList()));
        v.put("podDisruptionBudget", map("enabled", true, "maxUnavailable", profile.maxUnavailable()));
        v.put("serviceAccount", map("create", true, "name", ""));
        v.put("context", map("envs", envs(architecture, app, profile), "failover", failover(architecture, profile)));
        v.put("features", new TreeMap<>(profile.features()));
        v.put("priorityClassName", profile.priorityClassName().orElse(""));
        v.put("nodeSelector", new TreeMap<>(profile.nodeSelector()));
        v.put("tolerations", tolerations(profile));
        v.put("affinity", Map.of());
        v.put("topologySpreadConstraints", List.of());
        Map<String, String> podLabels = new TreeMap<>(app.podLabels());
        podLabels.putAll(profile.podLabels());
        v.put("podLabels", podLabels);
        v.put("podAnnotations", new TreeMap<>(profile.podAnnotations()));
        v.put("tests", map("image", map("registry", "docker.io", "repository", "library/busybox", "tag", "1.37.0",
                "digest", "", "pullPolicy", "IfNotPresent")));
        return v;
    }

    private static Map<String, Object> image(WebApp app, Profile profile) {
        var image = ImageReference.image(app.image(), profile.image());
        return map("registry", image.registry(), "repository", image.repository(), "tag", image.tag(),
                "digest", image.digest(), "pullPolicy", profile.image().pullPolicy());
    }

    private static Map<String, Object> quantities(Resources.Quantities q) {
        return map("cpu", q.cpu(), "memory", q.memory(), "ephemeral-storage", q.ephemeralStorage());
    }

    private static Map<String, Object> probe(Probe probe) {
        return map("httpGet", map("path", probe.path(), "port", probe.port()),
                "initialDelaySeconds", probe.initialDelaySeconds(), "periodSeconds", probe.periodSeconds(),
                "timeoutSeconds", probe.timeoutSeconds(), "failureThreshold", probe.failureThreshold());
    }

    /** Ids left empty by the profile are absent, so a values file drops them with {@code null}. */
    private static Map<String, Object> podSecurity(Profile profile) {
        Map<String, Object> security = new LinkedHashMap<>();
        security.put("runAsNonRoot", true);
        var ids = profile.securityContext();
        ids.runAsUser().ifPresent(id -> security.put("runAsUser", id));
        ids.runAsGroup().ifPresent(id -> security.put("runAsGroup", id));
        ids.fsGroup().ifPresent(id -> security.put("fsGroup", id));
        security.put("seccompProfile", map("type", "RuntimeDefault"));
        return security;
    }

    private static Map<String, Object> ingress(WebApp app, Profile profile) {
        var ingress = profile.ingress();
        String host = ingress.host().isEmpty() ? app.name() + "." + PLACEHOLDER_ZONE : ingress.host();
        return map("enabled", true, "className", ingress.className(),
                "annotations", new TreeMap<>(ingress.annotations()), "hosts", List.of(host),
                "paths", List.of(map("path", "/", "pathType", "Prefix")),
                "tls", map("secretName", ingress.tlsSecret()));
    }

    /** The profile's route choice; the Gateway's namespace is "" (the release's) unless it differs. */
    private static Map<String, Object> route(Profile profile) {
        var route = profile.route();
        var gw = route.gateway();
        return map("kind", route.kind().key(),
                "gateway", map("name", gw.name(), "namespace", gw.namespace().equals(profile.namespace()) ? ""
                                : gw.namespace(), "sectionName", gw.sectionName(), "httpSectionName", gw.httpSectionName(),
                        "create", gw.create(), "className", gw.className()),
                "openshift", map("termination", route.termination()));
    }

    /** The controller's identity as the NetworkPolicy admits it, exactly as the resolve stage derives it. */
    private static Map<String, Object> controller(Profile profile) {
        var controller = profile.route().controller();
        return map("namespace", controller.namespace(),
                "namespaceLabels", new TreeMap<>(controller.namespaceLabels()),
                "podLabels", new TreeMap<>(controller.podLabels()));
    }

    /** The model's fixed settings and each back end's URL under its config key. */
    static Map<String, Object> envs(Architecture architecture, WebApp app, Profile profile) {
        Map<String, Object> envs = new TreeMap<>(app.settings());
        for (Backend backend : architecture.backends()) {
            var endpoint = profile.backends().get(backend.name());
            envs.put(backend.configKey(), endpoint == null ? "https://" + backend.name() + "." + PLACEHOLDER_ZONE
                    : endpoint.url().toString());
        }
        return envs;
    }

    /** The backup region's URLs by config key ({@code wweUrl}, {@code gwsUrl}); the chart prefixes them with failover. */
    static Map<String, Object> failover(Architecture architecture, Profile profile) {
        Map<String, Object> failover = new TreeMap<>();
        profile.failover().wwe().ifPresent(url -> failover.put("wweUrl", url.toString()));
        profile.failover().backends().forEach((name, url) -> architecture.backends().stream()
                .filter(b -> b.name().equals(name)).findFirst()
                .ifPresent(b -> failover.put(b.configKey(), url.toString())));
        return failover;
    }

    private static List<Object> tolerations(Profile profile) {
        List<Object> out = new ArrayList<>();
        for (var t : profile.tolerations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            t.key().ifPresent(k -> item.put("key", k));
            item.put("operator", t.operator());
            t.value().ifPresent(value -> item.put("value", value));
            t.effect().ifPresent(e -> item.put("effect", e));
            t.tolerationSeconds().ifPresent(s -> item.put("tolerationSeconds", s));
            out.add(item);
        }
        return out;
    }

    /** An ordered map of key, value pairs. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
