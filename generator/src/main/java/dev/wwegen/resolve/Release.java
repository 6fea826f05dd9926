package dev.wwegen.resolve;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Connection;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The model with one profile's values applied: every value a renderer needs, already decided.
 * Renderers read only this; they never look at the profile or choose defaults themselves.
 *
 * @param architecture  the model it came from (for docs and connection numbers)
 * @param profile       the profile's name
 * @param name          base name of every object: Helm's fullname for release = the model's name and
 *                      chart = the web app's name ({@link HelmNames#fullname}); {@code wwe} for the reference
 * @param namespace     the owned namespace every object goes into
 * @param labels        common labels of every object and pod
 * @param selector      the subset of labels that selects the pods (one source for every selector)
 * @param workload      what runs and how
 * @param scaling       replicas, autoscaler and disruption budget
 * @param exposure      Service and Ingress
 * @param isolation     who may reach the pods
 * @param browserConfig the config map the browser app receives (back-end URLs, settings, features)
 */
public record Release(Architecture architecture, String profile, String name, String namespace,
                      Map<String, String> labels, Map<String, String> selector, Workload workload, Scaling scaling,
                      Exposure exposure, Isolation isolation, Map<String, String> browserConfig) {

    public Release {
        Objects.requireNonNull(architecture, "architecture");
        labels = sorted(labels);
        selector = sorted(selector);
        browserConfig = sorted(browserConfig);
    }

    /** The web app's own name: the container's name and the {@code app.kubernetes.io/name} label. */
    public String appName() {
        return architecture.webApp().orElseThrow().name();
    }

    /** The model's numbered connections, for documentation of what each object realises. */
    public List<Connection> connections() {
        return architecture.allConnections();
    }

    static Map<String, String> sorted(Map<String, String> map) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
