package dev.wwegen.chart;

import java.util.List;
import java.util.Map;

import static dev.wwegen.chart.JsonSchemas.array;
import static dev.wwegen.chart.JsonSchemas.fixed;
import static dev.wwegen.chart.JsonSchemas.integer;
import static dev.wwegen.chart.JsonSchemas.node;
import static dev.wwegen.chart.JsonSchemas.object;
import static dev.wwegen.chart.JsonSchemas.oneOf;
import static dev.wwegen.chart.JsonSchemas.p;
import static dev.wwegen.chart.JsonSchemas.props;
import static dev.wwegen.chart.JsonSchemas.text;

/**
 * Schemas of the pod-level values: security contexts that stay hardened (constants where the policy
 * allows one value), tolerations, affinity and spreading constraints.
 */
final class PodSchemas {

    private PodSchemas() {
    }

    /** Ids may be null: a values file removes a default id (OpenShift) by setting it to null. */
    static Map<String, Object> podSecurity(String description) {
        return object(description, props(
                p("runAsNonRoot", fixed("Always true", true)),
                p("runAsUser", id("User id")),
                p("runAsGroup", id("Primary group id, never 0")),
                p("fsGroup", id("Group owning mounted volumes")),
                p("seccompProfile", object("Seccomp profile", props(
                        p("type", oneOf("RuntimeDefault or Localhost", List.of("RuntimeDefault", "Localhost"))),
                        p("localhostProfile", text("Profile file for Localhost"))), List.of("type")))),
                List.of("runAsNonRoot", "seccompProfile"));
    }

    private static Map<String, Object> id(String description) {
        return node(description, "type", List.of("integer", "null"), "minimum", 1, "maximum", 2147483647L);
    }

    static Map<String, Object> containerSecurity(String description) {
        return object(description, props(
                p("allowPrivilegeEscalation", fixed("Always false", false)),
                p("capabilities", object("Capabilities: all dropped, none added", props(
                        p("drop", fixed("Always [ALL]", List.of("ALL")))))),
                p("privileged", fixed("Always false", false)),
                p("readOnlyRootFilesystem", fixed("Always true", true)),
                p("runAsNonRoot", fixed("Always true", true))));
    }

    static Map<String, Object> toleration() {
        return object("A toleration", props(
                p("key", text("Taint key")),
                p("operator", oneOf("Exists or Equal", List.of("Exists", "Equal"))),
                p("value", text("Taint value")),
                p("effect", oneOf("Taint effect", List.of("NoSchedule", "PreferNoSchedule", "NoExecute"))),
                p("tolerationSeconds", integer("Seconds a NoExecute taint is tolerated", 0, 31536000))),
                List.of("operator"));
    }

    static Map<String, Object> affinity(String description) {
        Map<String, Object> free = node("A Kubernetes affinity term set", "type", "object");
        return object(description, props(p("nodeAffinity", free), p("podAffinity", free),
                p("podAntiAffinity", free)), List.of());
    }

    static Map<String, Object> spread() {
        return object("A topology spread constraint", props(
                p("maxSkew", integer("Largest allowed difference in pods", 1, 1000)),
                p("topologyKey", text("Node label, e.g. topology.kubernetes.io/zone")),
                p("whenUnsatisfiable", oneOf("What the scheduler does", List.of("ScheduleAnyway", "DoNotSchedule"))),
                p("labelSelector", node("Which pods count", "type", "object")),
                p("minDomains", integer("Fewest domains", 1, 1000)),
                p("matchLabelKeys", array("Pod label keys", text("label key")))),
                List.of("maxSkew", "topologyKey", "whenUnsatisfiable"));
    }
}
