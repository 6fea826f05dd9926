package dev.wwegen.dsl.model;

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
 */
public record WebApp(String name, String label, Namespace namespace, Image image, List<Port> ports, Probe readiness,
                     Probe liveness, List<String> writablePaths,
                     Map<String, String> settings) implements Component {

    public WebApp {
        Objects.requireNonNull(name, "web app name");
        Objects.requireNonNull(label, () -> "label of web app '" + name + "'");
        Objects.requireNonNull(namespace, () -> "namespace of web app '" + name + "'");
        Objects.requireNonNull(image, () -> "image of web app '" + name + "'");
        ports = List.copyOf(ports);
        Objects.requireNonNull(readiness, () -> "readiness probe of web app '" + name + "'");
        Objects.requireNonNull(liveness, () -> "liveness probe of web app '" + name + "'");
        writablePaths = List.copyOf(writablePaths);
        settings = Map.copyOf(new TreeMap<>(settings));
    }

    /** A web app with the defaults above, in an owned namespace of the same name. */
    public static WebApp named(String name) {
        return new WebApp(name, "Workspace Web Edition", Namespace.owned(name), Image.of(name), List.of(),
                Probe.httpGet("/index.html"), Probe.httpGet("/index.html").every(20).failingAfter(6),
                List.of("/tmp", "/var/cache/nginx", "/var/run"), Map.of());
    }

    public WebApp labelled(String displayName) {
        return new WebApp(name, displayName, namespace, image, ports, readiness, liveness, writablePaths, settings);
    }

    public WebApp in(Namespace where) {
        return new WebApp(name, label, where, image, ports, readiness, liveness, writablePaths, settings);
    }

    public WebApp image(Image what) {
        return new WebApp(name, label, namespace, what, ports, readiness, liveness, writablePaths, settings);
    }

    /** Adds listening ports, e.g. {@code serves(Port.http("http", 8080))}. */
    public WebApp serves(Port... more) {
        var all = new java.util.ArrayList<>(ports);
        all.addAll(List.of(more));
        return new WebApp(name, label, namespace, image, all, readiness, liveness, writablePaths, settings);
    }

    /** Sets readiness and liveness probes; they must differ (kube-score pod-probes-identical). */
    public WebApp probes(Probe ready, Probe live) {
        return new WebApp(name, label, namespace, image, ports, ready, live, writablePaths, settings);
    }

    public WebApp writes(String... paths) {
        return new WebApp(name, label, namespace, image, ports, readiness, liveness, List.of(paths), settings);
    }

    /** A fixed setting served to the browser with the back-end URLs. */
    public WebApp setting(String key, String value) {
        var all = new TreeMap<>(settings);
        all.put(key, value);
        return new WebApp(name, label, namespace, image, ports, readiness, liveness, writablePaths, all);
    }

    @Override
    public Optional<Namespace> home() {
        return Optional.of(namespace);
    }

    @Override
    public Location location() {
        return Location.IN_CLUSTER;
    }
}
