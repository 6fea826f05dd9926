package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The web application this release deploys: static content served by NGINX from an image. How much
 * CPU and memory it gets is an environment value, set by profiles.
 *
 * @param name          identifier and base name of every Kubernetes object, e.g. {@code wwe}
 * @param label         display name, default {@code Workspace Web Edition}
 * @param namespace     where it runs; must be {@link Namespace#owned owned}
 * @param image         what runs; a profile may override registry, tag and digest
 * @param ports         named ports, default none: declare them with {@link #serves}
 * @param readiness     default {@code GET /index.html} on {@code http} every 10 s
 * @param liveness      default {@code GET /index.html} on {@code http} every 20 s, 6 failures
 * @param writablePaths directories the server writes to; each gets an emptyDir because the root
 *                      filesystem is read-only; default NGINX's {@code /tmp}, {@code /var/cache/nginx},
 *                      {@code /var/run}
 * @param settings      fixed browser-side settings the app serves, merged into its config map
 * @param env           environment variables of the container (besides the config map), sorted by name
 * @param podLabels     labels the model puts on the pods (a profile's {@code podLabels} may add more)
 * @param resources     the app's default requests and limits; a profile that sets {@code resources}
 *                      overrides them; empty leaves wwegen's defaults ({@code defaults.yaml})
 */
public record WebApp(String name, String label, Namespace namespace, Image image, List<Port> ports, Probe readiness,
                     Probe liveness, List<String> writablePaths,
                     Map<String, String> settings, Map<String, String> env, Map<String, String> podLabels,
                     Optional<Resources> resources) implements Component {

    /**
     * Checks the components (a missing required value throws {@link NullPointerException} naming it) and makes the collections immutable.
     *
     * @param name as the record component {@link #name()}
     * @param label as the record component {@link #label()}
     * @param namespace as the record component {@link #namespace()}
     * @param image as the record component {@link #image()}
     * @param ports as the record component {@link #ports()}
     * @param readiness as the record component {@link #readiness()}
     * @param liveness as the record component {@link #liveness()}
     * @param writablePaths as the record component {@link #writablePaths()}
     * @param settings as the record component {@link #settings()}
     * @param env as the record component {@link #env()}
     * @param podLabels as the record component {@link #podLabels()}
     * @param resources as the record component {@link #resources()}
     */
    public WebApp {
        CallSites.record(this);
        Objects.requireNonNull(name, "web app name");
        Objects.requireNonNull(label, () -> "label of web app '" + name + "'");
        Objects.requireNonNull(namespace, () -> "namespace of web app '" + name + "'");
        Objects.requireNonNull(image, () -> "image of web app '" + name + "'");
        ports = List.copyOf(ports);
        Objects.requireNonNull(readiness, () -> "readiness probe of web app '" + name + "'");
        Objects.requireNonNull(liveness, () -> "liveness probe of web app '" + name + "'");
        writablePaths = List.copyOf(writablePaths);
        settings = Map.copyOf(new TreeMap<>(settings));
        env = Collections.unmodifiableMap(new TreeMap<>(env));
        podLabels = Collections.unmodifiableMap(new TreeMap<>(podLabels));
        resources = resources == null ? Optional.empty() : resources;
    }

    /**
     * A web app without environment variables, pod labels or default resources (the shape before those
     * existed).
     *
     * @param name          identifier
     * @param label         display name
     * @param namespace     where it runs
     * @param image         what runs
     * @param ports         named ports
     * @param readiness     readiness probe
     * @param liveness      liveness probe
     * @param writablePaths directories mounted as emptyDir
     * @param settings      fixed browser-side settings
     */
    public WebApp(String name, String label, Namespace namespace, Image image, List<Port> ports, Probe readiness,
                  Probe liveness, List<String> writablePaths, Map<String, String> settings) {
        this(name, label, namespace, image, ports, readiness, liveness, writablePaths, settings, Map.of(), Map.of(),
                Optional.empty());
    }

    /**
     * A web app with the defaults above, in an owned namespace of the same name.
     *
     * @param name identifier, an RFC 1123 label starting with a letter, e.g. {@code wwe}
     * @return the web app; give it an image and ports next
     */
    public static WebApp named(String name) {
        return new WebApp(name, "Workspace Web Edition", Namespace.owned(name), Image.of(name), List.of(),
                Probe.httpGet("/index.html"), Probe.httpGet("/index.html").every(20).failingAfter(6),
                List.of("/tmp", "/var/cache/nginx", "/var/run"), Map.of(), Map.of(), Map.of(), Optional.empty());
    }

    /**
     * Sets the display name.
     *
     * @param displayName e.g. {@code Agent Desktop}
     * @return a copy with that label
     */
    public WebApp labelled(String displayName) {
        return new WebApp(name, displayName, namespace, image, ports, readiness, liveness, writablePaths, settings,
                env, podLabels, resources);
    }

    /**
     * Sets the namespace it runs in.
     *
     * @param where an {@link Namespace#owned owned} namespace
     * @return a copy in that namespace
     */
    public WebApp in(Namespace where) {
        return new WebApp(name, label, where, image, ports, readiness, liveness, writablePaths, settings, env,
                podLabels, resources);
    }

    /**
     * Sets the image.
     *
     * @param what e.g. {@code Image.of("workspace/wwe-nginx").tag("100.0.001.0113")}
     * @return a copy running that image
     */
    public WebApp image(Image what) {
        return new WebApp(name, label, namespace, what, ports, readiness, liveness, writablePaths, settings, env,
                podLabels, resources);
    }

    /**
     * Adds listening ports, e.g. {@code serves(Port.http("http", 8080))}. Every port becomes a container
     * port; the one the gateway reaches also backs the Service.
     *
     * @param more ports, each with its own name and number
     * @return a copy with those ports added
     */
    public WebApp serves(Port... more) {
        var all = new java.util.ArrayList<>(ports);
        all.addAll(List.of(more));
        return new WebApp(name, label, namespace, image, all, readiness, liveness, writablePaths, settings, env,
                podLabels, resources);
    }

    /**
     * Sets readiness and liveness probes; they must differ (kube-score pod-probes-identical).
     *
     * @param ready readiness probe
     * @param live  liveness probe
     * @return a copy with those probes
     */
    public WebApp probes(Probe ready, Probe live) {
        return new WebApp(name, label, namespace, image, ports, ready, live, writablePaths, settings, env, podLabels,
                resources);
    }

    /**
     * Replaces the directories the server writes to; each gets an emptyDir volume.
     *
     * @param paths absolute directories, e.g. {@code /tmp}, {@code /var/cache/nginx}
     * @return a copy writing exactly there
     */
    public WebApp writes(String... paths) {
        return new WebApp(name, label, namespace, image, ports, readiness, liveness, List.of(paths), settings, env,
                podLabels, resources);
    }

    /**
     * A fixed setting served to the browser with the back-end URLs (a key of the browser config map).
     *
     * @param key   config map key, e.g. {@code supportUrl}
     * @param value its value
     * @return a copy with that setting
     */
    public WebApp setting(String key, String value) {
        var all = new TreeMap<>(settings);
        all.put(key, value);
        return new WebApp(name, label, namespace, image, ports, readiness, liveness, writablePaths, all, env,
                podLabels, resources);
    }

    /**
     * An environment variable of the container, beside the browser config it reads from the config map.
     *
     * @param variable a C identifier, e.g. {@code NGINX_WORKER_PROCESSES}
     * @param value    its value
     * @return a copy with that variable
     */
    public WebApp env(String variable, String value) {
        var all = new TreeMap<>(env);
        all.put(variable, value);
        return new WebApp(name, label, namespace, image, ports, readiness, liveness, writablePaths, settings, all,
                podLabels, resources);
    }

    /**
     * A label on every pod (not on the other objects, and never in the selector).
     *
     * @param key   label key, e.g. {@code example.com/cost-centre}
     * @param value label value
     * @return a copy with that pod label
     */
    public WebApp podLabel(String key, String value) {
        var all = new TreeMap<>(podLabels);
        all.put(key, value);
        return new WebApp(name, label, namespace, image, ports, readiness, liveness, writablePaths, settings, env,
                all, resources);
    }

    /**
     * The app's default requests and limits; a profile that sets {@code resources} still wins.
     *
     * @param defaults e.g. {@code Resources.of(Resources.cpu("100m", "128Mi", "64Mi"), Resources.cpu("500m", "256Mi", "128Mi"))}
     * @return a copy with those defaults
     */
    public WebApp resources(Resources defaults) {
        return new WebApp(name, label, namespace, image, ports, readiness, liveness, writablePaths, settings, env,
                podLabels, Optional.of(defaults));
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Namespace> home() {
        return Optional.of(namespace);
    }

    /** {@inheritDoc} */
    @Override
    public Location location() {
        return Location.IN_CLUSTER;
    }
}
