package dev.wwegen.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each key of values.yaml means: the {@code # --} comment above it and the Description column of
 * the chart README. A key without a description is a bug: {@link ValuesFileWriter} refuses to write it.
 * Sections are maps whose keys are documented one by one; every other key is documented as a whole.
 */
final class ValueDocs {

    /** Maps written key by key, each key with its own comment. */
    static final Set<String> SECTIONS = Set.of("image", "autoscaling", "resources", "probes", "service", "ingress",
            "ingress.tls", "route", "route.gateway", "route.openshift", "networkPolicy", "networkPolicy.ingressController", "podDisruptionBudget",
            "serviceAccount", "context", "tests", "tests.image");

    private static final Map<String, String> DOCS = new LinkedHashMap<>();

    static {
        doc("nameOverride", "Replaces the chart name in app.kubernetes.io/name and in object names.");
        doc("fullnameOverride", "Replaces the objects' name (default: the release name, with the chart name"
                + " added when the release name lacks it). Install as release `wwe` to match the plain manifests.");
        doc("managedBy", "Value of the app.kubernetes.io/managed-by label. wwegen keeps the plain manifests and"
                + " the chart equal with `wwegen`; set \"\" for Helm's convention, `.Release.Service` (Helm).");
        doc("partOf", "Value of the app.kubernetes.io/part-of label: the architecture WWE belongs to.");
        doc("image", "The WWE NGINX image.");
        doc("image.registry", "Registry host[:port] the image is pulled from.");
        doc("image.repository", "Repository inside the registry.");
        doc("image.tag", "Image tag (never `latest`); also the app.kubernetes.io/version label.");
        doc("image.digest", "Optional `sha256:<64 hex>` digest that pins the exact image.");
        doc("image.pullPolicy", "Always, or IfNotPresent/Never when a digest pins the image.");
        doc("imagePullSecrets", "Secrets with registry credentials, as `- name: <secret>`.");
        doc("replicaCount", "Pods while autoscaling is disabled; with 1 pod no PodDisruptionBudget is made.");
        doc("autoscaling", "The HorizontalPodAutoscaler; when enabled the Deployment sets no replica count.");
        doc("autoscaling.enabled", "Scale WWE with a HorizontalPodAutoscaler.");
        doc("autoscaling.minReplicas", "Fewest pods (2 or more, so one restart does not cut agents off).");
        doc("autoscaling.maxReplicas", "Most pods; more than minReplicas.");
        doc("autoscaling.targetCPUUtilizationPercentage", "Average CPU use, in percent of the request, to aim for.");
        doc("autoscaling.targetMemoryUtilizationPercentage", "Average memory use, in percent of the request, to aim for.");
        doc("resources", "Requests and limits of the WWE container; each limit is at least its request.");
        doc("resources.requests", "What the scheduler reserves: cpu, memory, ephemeral-storage.");
        doc("resources.limits", "The most the container may use: cpu, memory, ephemeral-storage.");
        doc("containerPort", "The port NGINX listens on in the image: the container port the Service and the ingress controller reach.");
        doc("containerPortName", "That port's name (from the model); the Service's targetPort and the probes use it.");
        doc("containerPortProtocol", "That port's transport, TCP or UDP (from the model).");
        doc("extraPorts", "The model's other container ports (name, containerPort, protocol); not exposed by the Service.");
        doc("env", "Environment variables of the container, by name (from the model), beside the browser config.");
        doc("networkPolicy.egress", "Connections the pods start themselves (the model's podCalls): namespace, port, protocol.");
        doc("probes", "Probes on a named container port; they differ so a slow pod leaves the Service before it restarts.");
        doc("probes.readiness", "Readiness probe: when the pod receives traffic.");
        doc("probes.liveness", "Liveness probe: when the pod is restarted.");
        doc("podSecurityContext", "Pod security context. runAsNonRoot must stay true and the ids above 0; set an id"
                + " to null to leave it to the platform (OpenShift's restricted SCC).");
        doc("securityContext", "Container security context; the schema keeps it hardened (no privilege"
                + " escalation, read-only root filesystem, all capabilities dropped).");
        doc("writablePaths", "Directories NGINX writes to; each gets an emptyDir because the root filesystem is read-only.");
        doc("service", "The ClusterIP Service in front of the pods.");
        doc("service.type", "Service type; only ClusterIP (agents come in through the Ingress).");
        doc("service.port", "Service port; it forwards to the named container port (containerPortName).");
        doc("ingress", "The Ingress the ingress controller serves for agents' browsers.");
        doc("ingress.enabled", "Render the Ingress.");
        doc("ingress.className", "IngressClass that serves the Ingress.");
        doc("ingress.annotations", "Extra annotations on the Ingress, HTTPRoute or Route; `*-snippet` annotations are rejected.");
        doc("ingress.hosts", "DNS names agents open, for every route kind (the OpenShift Route takes the first)."
                + " The default is a placeholder.");
        doc("ingress.paths", "Paths routed to the Service, each with a pathType.");
        doc("ingress.tls", "TLS is always on.");
        doc("ingress.tls.secretName", "Secret holding the certificate and key for the hosts (Ingress; a created Gateway).");
        doc("route", "How agents reach WWE: the route object and the Gateway or Route settings.");
        doc("route.kind", "gateway (Gateway API HTTPRoute), openshift (OpenShift Route) or ingress (Ingress).");
        doc("route.gateway", "The Gateway the HTTPRoute attaches to (kind gateway).");
        doc("route.gateway.name", "Name of the Gateway; required for kind gateway.");
        doc("route.gateway.namespace", "Namespace of the Gateway; empty for the release namespace.");
        doc("route.gateway.sectionName", "The HTTPS listener the route attaches to; empty for every listener.");
        doc("route.gateway.httpSectionName", "A plain-HTTP listener; when set, a second HTTPRoute redirects it to HTTPS.");
        doc("route.gateway.create", "Render the Gateway (HTTPS 443 with ingress.tls.secretName, HTTP 80) and, in another"
                + " namespace, the ReferenceGrant for the Secret.");
        doc("route.gateway.className", "GatewayClass of the Gateway the chart creates.");
        doc("route.openshift", "The OpenShift Route (kind openshift); it serves the first of ingress.hosts.");
        doc("route.openshift.termination", "TLS termination at the router: edge or reencrypt; HTTP is redirected.");
        doc("networkPolicy", "The NetworkPolicy: ingress only from the ingress controller, egress only to DNS.");
        doc("networkPolicy.enabled", "Render the NetworkPolicy.");
        doc("networkPolicy.ingressController", "Where the ingress controller's pods run.");
        doc("networkPolicy.ingressController.namespace", "Namespace of the ingress controller.");
        doc("networkPolicy.ingressController.podLabels", "Labels of the ingress controller's pods; {} admits every pod"
                + " of its namespace (a router on the host network).");
        doc("networkPolicy.ingressController.namespaceLabels", "Labels that select the controller's namespace; {}"
                + " selects it by name (OpenShift: policy-group.network.openshift.io/ingress).");
        doc("podDisruptionBudget", "The PodDisruptionBudget, made only when at least 2 pods run.");
        doc("podDisruptionBudget.enabled", "Render the PodDisruptionBudget (when at least 2 pods run).");
        doc("podDisruptionBudget.maxUnavailable", "Pods a voluntary disruption (node drain) may take down at once.");
        doc("serviceAccount", "The pods' ServiceAccount; its token is never mounted.");
        doc("serviceAccount.create", "Create a dedicated ServiceAccount.");
        doc("serviceAccount.name", "Its name (default: the full name, or `default` when not created).");
        doc("context", "Browser-side configuration, served to the app as environment variables.");
        doc("context.failover", "HA/DR: the backup region's URLs by config key (wweUrl, gwsUrl, ...), served to the"
                + " browser as failoverWweUrl, failoverGwsUrl, ...; empty: no failover.");
        doc("context.envs", "Back-end URLs (https://) the browser calls, by config key. The defaults are placeholders.");
        doc("features", "Browser feature switches (name: true/false), added to the browser configuration.");
        doc("priorityClassName", "PriorityClass of the pods; \"\" for none.");
        doc("nodeSelector", "Node labels the pods must be scheduled on.");
        doc("tolerations", "Node taints the pods tolerate.");
        doc("affinity", "Pod affinity; empty means the default: prefer one pod per node (kubernetes.io/hostname).");
        doc("topologySpreadConstraints", "Spreading; empty means the default: spread across zones, ScheduleAnyway.");
        doc("podLabels", "Extra labels on the pods (the common labels win on a clash).");
        doc("podAnnotations", "Extra annotations on the pods.");
        doc("tests", "The `helm test` pod, which checks that the Service answers.");
        doc("tests.image", "Its image (a pinned busybox with wget).");
        doc("tests.image.registry", "Registry of the test image.");
        doc("tests.image.repository", "Repository of the test image.");
        doc("tests.image.tag", "Tag of the test image (never `latest`).");
        doc("tests.image.digest", "Optional digest of the test image.");
        doc("tests.image.pullPolicy", "Pull policy of the test image.");
    }

    private ValueDocs() {
    }

    private static void doc(String path, String text) {
        DOCS.put(path, text);
    }

    static Optional<String> of(String path) {
        return Optional.ofNullable(DOCS.get(path));
    }

    static boolean isSection(String path) {
        return SECTIONS.contains(path);
    }
}
