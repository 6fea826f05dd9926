package dev.wwegen.resolve;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.profile.Profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies a profile to a model. The model decides structure and the app's own defaults (image
 * repository and version, ports, probes, resources); the profile decides environment values. A
 * profile value that does not fit the model (a back end the model lacks, a back end without a URL,
 * two config keys colliding) is a finding at the profile's line.
 */
public final class Resolver {

    /** Labels every object carries; the selector is the first two. */
    static final String NAME = "app.kubernetes.io/name";
    static final String INSTANCE = "app.kubernetes.io/instance";
    /** Helm's chart label: the manifests carry it too, so they equal what the chart renders. */
    static final String CHART = "helm.sh/chart";
    /** Who manages the objects; the chart's {@code managedBy} value defaults to the same. */
    public static final String MANAGED_BY = "wwegen";

    public ResolveResult resolve(Architecture architecture, Profile profile) {
        List<Finding> findings = new ArrayList<>();
        WebApp app = architecture.webApp().orElseThrow(() -> new IllegalArgumentException(
                "architecture " + architecture.name() + " has no web app; run the model check first"));
        architecture.gateway().orElseThrow(() -> new IllegalArgumentException(
                "architecture " + architecture.name() + " has no gateway; run the model check first"));
        Architecture routed = ControllerChoice.apply(architecture, profile, findings);
        IngressChain gateway = routed.gateway().orElseThrow();
        Map<String, String> config = browserConfig(architecture, app, profile, findings);
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ResolveResult(Optional.empty(), findings);
        }
        Map<String, String> selector = new LinkedHashMap<>();
        selector.put(NAME, app.name());
        selector.put(INSTANCE, architecture.name());
        Map<String, String> labels = new TreeMap<>(selector);
        labels.put("app.kubernetes.io/version", version(app, profile));
        labels.put("app.kubernetes.io/component", "web-app");
        labels.put("app.kubernetes.io/part-of", architecture.name());
        labels.put("app.kubernetes.io/managed-by", MANAGED_BY);
        labels.put(CHART, ChartIdentity.of(app).label());
        var route = profile.route();
        var attach = route.gateway();
        var admission = gateway.controller().admission();
        var release = new Release(routed, profile.name(), HelmNames.fullname(architecture.name(), app.name()),
                profile.namespace(), labels, selector,
                workload(architecture, app, gateway, profile), scaling(profile),
                new Exposure(profile.servicePort(), profile.ingress().host(), profile.ingress().className(),
                        profile.ingress().tlsSecret(), profile.ingress().annotations(), route.kind(),
                        new Exposure.GatewayAttachment(attach.name(), attach.namespace(), attach.sectionName(),
                                attach.httpSectionName(), attach.create(), attach.className()), route.termination()),
                new Isolation(admission.namespaceLabels(), admission.podLabels()), config);
        return new ResolveResult(Optional.of(release), findings);
    }

    private static Workload workload(Architecture architecture, WebApp app, IngressChain gateway, Profile profile) {
        var image = profile.image();
        var security = profile.securityContext();
        var served = app.port(gateway.targetPort()).orElseThrow();
        Map<String, String> podLabels = new TreeMap<>(app.podLabels());
        podLabels.putAll(profile.podLabels());
        return new Workload(ImageReference.of(app.image(), image), image.pullPolicy(), profile.imagePullSecrets(),
                served, app.readiness(), app.liveness(),
                ModelDefaults.resources(app, profile), app.writablePaths(), security.runAsUser(), security.runAsGroup(),
                security.fsGroup(), profile.priorityClassName().orElse(""), profile.nodeSelector(),
                profile.tolerations().stream().map(t -> new Toleration(t.key().orElse(""), t.operator(),
                        t.value().orElse(""), t.effect().orElse(""), t.tolerationSeconds().isPresent() ? t.tolerationSeconds().getAsLong() : null))
                        .toList(),
                podLabels, profile.podAnnotations(),
                app.ports().stream().filter(p -> !p.name().equals(served.name())).toList(), app.env(),
                egress(architecture));
    }

    /** The pods' own calls: each to its back end's namespace and port. */
    public static List<Egress> egress(Architecture architecture) {
        List<Egress> egress = new ArrayList<>();
        for (Connection c : architecture.podEgress()) {
            if (c.destination() instanceof Component target && target.home().isPresent()) {
                egress.add(new Egress(c.number(), target.name(), target.home().get().name(), c.protocol().transport(),
                        c.port()));
            }
        }
        return egress;
    }

    private static Scaling scaling(Profile profile) {
        var hpa = profile.autoscaling();
        Optional<Scaling.Autoscaler> autoscaler = hpa.enabled()
                ? Optional.of(new Scaling.Autoscaler(hpa.minReplicas(), hpa.maxReplicas(),
                hpa.targetCPUUtilizationPercentage(), hpa.targetMemoryUtilizationPercentage()))
                : Optional.empty();
        return new Scaling(profile.replicas(), autoscaler, profile.maxUnavailable());
    }

    private static String version(WebApp app, Profile profile) {
        return profile.image().tag().orElse(app.image().tag().isEmpty() ? "unversioned" : app.image().tag());
    }

    /** Back-end URLs under each back end's config key, the app's fixed settings, then feature switches. */
    private static Map<String, String> browserConfig(Architecture architecture, WebApp app, Profile profile,
                                                     List<Finding> findings) {
        Map<String, String> config = new TreeMap<>(app.settings());
        for (String name : profile.backends().keySet()) {
            if (architecture.backends().stream().noneMatch(b -> b.name().equals(name))) {
                findings.add(Finding.error(profile.locations().of("backends." + name), "backends." + name,
                        "model " + architecture.name() + " has no back end \"" + name + "\"",
                        "use one of " + architecture.backends().stream().map(Backend::name).toList()));
            }
        }
        for (Backend backend : architecture.backends()) {
            var endpoint = profile.backends().get(backend.name());
            if (endpoint == null) {
                findings.add(Finding.error(profile.locations().of("backends"), "backends." + backend.name(),
                        "no URL for back end " + backend.name() + " (" + backend.label() + ")",
                        "add backends: {" + backend.name() + ": {url: https://" + backend.name() + ".example.com}}"));
                continue;
            }
            put(config, backend.configKey(), endpoint.url().toString(), "backends." + backend.name(), profile, findings);
        }
        failover(architecture, profile, findings).forEach((key, url) ->
                put(config, key, url, "failover", profile, findings));
        profile.features().forEach((feature, on) ->
                put(config, feature, on.toString(), "features." + feature, profile, findings));
        return config;
    }

    /** The prefix of the browser config keys that name the backup region: {@code failoverWweUrl}, {@code failoverGwsUrl}. */
    public static final String FAILOVER_PREFIX = "failover";

    /**
     * The backup region's addresses under {@code failover} + the config key with its first letter upper case:
     * {@code failoverWweUrl} for WWE itself and {@code failoverGwsUrl} for the back end configured as {@code gwsUrl}.
     */
    public static Map<String, String> failover(Architecture architecture, Profile profile, List<Finding> findings) {
        Map<String, String> config = new TreeMap<>();
        var failover = profile.failover();
        failover.wwe().ifPresent(url -> config.put(failoverKey("wweUrl"), url.toString()));
        failover.backends().forEach((name, url) -> {
            var backend = architecture.backends().stream().filter(b -> b.name().equals(name)).findFirst();
            if (backend.isEmpty()) {
                findings.add(Finding.error(profile.locations().of("failover.backends." + name), "failover.backends." + name,
                        "model " + architecture.name() + " has no back end \"" + name + "\"",
                        "use one of " + architecture.backends().stream().map(Backend::name).toList()));
            } else {
                config.put(failoverKey(backend.get().configKey()), url.toString());
            }
        });
        return config;
    }

    /** {@code gwsUrl} → {@code failoverGwsUrl}. */
    public static String failoverKey(String configKey) {
        return FAILOVER_PREFIX + Character.toUpperCase(configKey.charAt(0)) + configKey.substring(1);
    }

    private static void put(Map<String, String> config, String key, String value, String path, Profile profile,
                            List<Finding> findings) {
        if (config.putIfAbsent(key, value) != null) {
            findings.add(Finding.error(profile.locations().of(path), path, "browser config key \"" + key
                    + "\" is already set by the model", "rename the feature or setting"));
        }
    }
}
