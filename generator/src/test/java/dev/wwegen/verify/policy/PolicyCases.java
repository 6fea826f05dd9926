package dev.wwegen.verify.policy;

import java.util.List;

import static dev.wwegen.verify.policy.PolicyRulesTest.C;
import static dev.wwegen.verify.policy.PolicyRulesTest.D;
import static dev.wwegen.verify.policy.PolicyRulesTest.POD;

/** The failing fixture of each policy rule: one change to the prod output, and the exact findings. */
final class PolicyCases {

    private PolicyCases() {
    }

    static PolicyRulesTest.Case fails(String rule, java.util.function.UnaryOperator<dev.wwegen.verify.Fixture> change,
                                      String... expected) {
        return new PolicyRulesTest.Case(rule, change, List.of(expected));
    }

    static final List<PolicyRulesTest.Case> ALL = List.of(
            fails("run-as-non-root", f -> f.set(D, POD + "/securityContext/runAsUser", "0")
                    .remove(D, C + "/securityContext/runAsNonRoot").set(D, POD + "/securityContext/runAsNonRoot", "false"),
                    "error  prod.yaml:145 /spec/template/spec/containers/0/securityContext/runAsNonRoot: container `wwe` may run as root: runAsNonRoot is not true" + "\n"
                    + "       hint: set securityContext.runAsNonRoot: true on the pod or the container",
                    "error  prod.yaml:159 /spec/template/spec/securityContext/runAsUser: container `wwe` runAsUser is 0; it must be above 10000" + "\n"
                    + "       hint: use 10001, or leave it unset on OpenShift"),
            fails("read-only-root-filesystem", f -> f.set(D, C + "/securityContext/readOnlyRootFilesystem", "false"),
                    "error  prod.yaml:144 /spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem: container `wwe` has a writable root filesystem" + "\n"
                    + "       hint: set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes where it writes"),
            fails("no-privilege-escalation", f -> f.remove(D, C + "/securityContext/allowPrivilegeEscalation")
                    .set(D, C + "/securityContext/privileged", "true"),
                    "error  prod.yaml:139 /spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation: container `wwe` allows privilege escalation" + "\n"
                    + "       hint: set securityContext.allowPrivilegeEscalation: false",
                    "error  prod.yaml:143 /spec/template/spec/containers/0/securityContext/privileged: container `wwe` is privileged" + "\n"
                    + "       hint: remove privileged: true; grant no more than the program needs"),
            fails("drop-all-capabilities", f -> f.set(D, C + "/securityContext/capabilities", "{drop: [NET_RAW], add: [NET_BIND_SERVICE]}"),
                    "error  prod.yaml:140 /spec/template/spec/containers/0/securityContext/capabilities/add: container `wwe` adds capabilities [\"NET_BIND_SERVICE\"]" + "\n"
                    + "       hint: add none; listen on a port above 1024 instead of adding NET_BIND_SERVICE",
                    "error  prod.yaml:141 /spec/template/spec/containers/0/securityContext/capabilities/drop: container `wwe` does not drop ALL capabilities" + "\n"
                    + "       hint: set securityContext.capabilities.drop: [ALL]"),
            fails("seccomp-runtime-default", f -> f.remove(D, POD + "/securityContext/seccompProfile"),
                    "error  prod.yaml:160 /spec/template/spec/securityContext/seccompProfile: container `wwe` runs without a seccomp profile" + "\n"
                    + "       hint: set the pod's securityContext.seccompProfile.type: RuntimeDefault"),
            fails("no-host-access", f -> f.set(D, POD + "/hostNetwork", "true")
                    .set(D, C + "/ports/0/hostPort", "8080"),
                    "error  prod.yaml:90 /spec/template/spec/hostNetwork: the pod sets hostNetwork: true" + "\n"
                    + "       hint: remove it; the pod must not share the node's namespaces",
                    "error  prod.yaml:118 /spec/template/spec/containers/0/ports/0/hostPort: container `wwe` binds host port 8080" + "\n"
                    + "       hint: remove hostPort; expose the pod through a Service"),
            fails("allowed-volume-types", f -> f.set(D, POD + "/volumes/0", "{name: tmp, gitRepo: {repository: x}}"),
                    "error  prod.yaml:172 /spec/template/spec/volumes/0/gitRepo: volume `tmp` is of type gitRepo, which the restricted Pod Security Standard forbids" + "\n"
                    + "       hint: use emptyDir, configMap, secret, projected, downwardAPI, csi, ephemeral or persistentVolumeClaim"),
            fails("resources-set", f -> f.remove(D, C + "/resources/limits"),
                    "error  prod.yaml:129 /spec/template/spec/containers/0/resources: container `wwe` has no limits.cpu, limits.memory, limits.ephemeral-storage" + "\n"
                    + "       hint: set requests and limits for cpu, memory and ephemeral-storage"),
            fails("probes-set", f -> f.set(D, C + "/livenessProbe", "{httpGet: {path: /index.html, port: http},"
                    + " initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3}"),
                    "error  prod.yaml:108 /spec/template/spec/containers/0/livenessProbe: container `wwe` has identical readiness and liveness probes" + "\n"
                    + "       hint: make the liveness probe more tolerant (longer period or higher failureThreshold)"),
            fails("image-pinned", f -> f.set(D, C + "/image", "registry.example.com:5000/wwe").set(D, C + "/imagePullPolicy", "Always"),
                    "error  prod.yaml:106 /spec/template/spec/containers/0/image: container `wwe` image `registry.example.com:5000/wwe` has no tag" + "\n"
                    + "       hint: pin a release tag, e.g. registry.example.com:5000/wwe:1.2.3, or a digest"),
            fails("image-pull-policy", f -> f.set(D, C + "/image", "registry.example.com/wwe:1.0"),
                    "error  prod.yaml:107 /spec/template/spec/containers/0/imagePullPolicy: container `wwe` pulls IfNotPresent but its image is not pinned by a digest" + "\n"
                    + "       hint: set imagePullPolicy: Always, or pin the image with @sha256:… and use IfNotPresent"),
            fails("service-account-token", f -> f.remove(D, POD + "/automountServiceAccountToken")
                    .set(D, POD + "/serviceAccountName", "default"),
                    "error  prod.yaml:101 /spec/template/spec/automountServiceAccountToken: the pod mounts a service-account token" + "\n"
                    + "       hint: set automountServiceAccountToken: false",
                    "error  prod.yaml:162 /spec/template/spec/serviceAccountName: the pod runs as the namespace's default ServiceAccount" + "\n"
                    + "       hint: create a ServiceAccount for the workload and set serviceAccountName"),
            fails("explicit-namespace", f -> f.remove("ConfigMap", "/metadata/namespace"),
                    "error  prod.yaml:33 /metadata/namespace: ConfigMap `wwe-config` has no namespace" + "\n"
                    + "       hint: set metadata.namespace (in a chart: {{ .Release.Namespace }})"),
            fails("network-policy", f -> f.set("NetworkPolicy", "/spec/policyTypes", "[Ingress]")
                    .remove("NetworkPolicy", "/spec/ingress/0/from"),
                    "error  prod.yaml:83 /spec/template/metadata/labels: no NetworkPolicy restricts its egress" + "\n"
                    + "       hint: add a NetworkPolicy whose podSelector matches these labels, with policyTypes [Ingress, Egress]",
                    "error  prod.yaml:292 /spec/ingress/0: ingress rule 0 admits traffic from everywhere" + "\n"
                    + "       hint: list the namespaces or pods allowed in `from`"),
            fails("replicas-and-pdb", f -> f.set("PodDisruptionBudget", "/spec/maxUnavailable", "0")
                    .remove("PodDisruptionBudget", "/spec/unhealthyPodEvictionPolicy"),
                    "error  prod.yaml:225 /spec/maxUnavailable: PodDisruptionBudget `wwe` allows no disruption" + "\n"
                    + "       hint: set maxUnavailable: 1",
                    "error  prod.yaml:230 /spec/unhealthyPodEvictionPolicy: PodDisruptionBudget `wwe` sets no unhealthyPodEvictionPolicy, so crash-looping pods block drains" + "\n"
                    + "       hint: set unhealthyPodEvictionPolicy: AlwaysAllow"),
            fails("hpa", f -> f.set("HorizontalPodAutoscaler", "/spec/minReplicas", "1")
                    .set(D, "/spec/replicas", "3"),
                    "error  prod.yaml:70 /spec/replicas: Deployment `wwe` sets replicas although an autoscaler scales it" + "\n"
                    + "       hint: remove spec.replicas",
                    "error  prod.yaml:206 /spec/minReplicas: HorizontalPodAutoscaler `wwe` may scale down to 1 pod" + "\n"
                    + "       hint: set minReplicas: 2 or more"),
            fails("spread-across-nodes-and-zones", f -> f.remove(D, POD + "/affinity")
                    .remove(D, POD + "/topologySpreadConstraints"),
                    "error  prod.yaml:91 /spec/template/spec/affinity: pods of Deployment `wwe` may all land on one node" + "\n"
                    + "       hint: add a preferred podAntiAffinity term on kubernetes.io/hostname selecting the pod's labels",
                    "error  prod.yaml:163 /spec/template/spec/topologySpreadConstraints: pods of Deployment `wwe` may all land in one zone" + "\n"
                    + "       hint: add a topologySpreadConstraint on topology.kubernetes.io/zone with whenUnsatisfiable: ScheduleAnyway"),
            fails("selectors-agree", f -> f.remove("Service", "/spec/selector/app.kubernetes.io~1instance"),
                    "error  prod.yaml:53 /spec/selector: Service `wwe` selects Deployment `wwe` by app.kubernetes.io/name=wwe, not by its selector app.kubernetes.io/instance=wwe,app.kubernetes.io/name=wwe" + "\n"
                    + "       hint: use the workload's selector labels: app.kubernetes.io/instance=wwe,app.kubernetes.io/name=wwe"),
            fails("rolling-update-and-cluster-ip", f -> f.set(D, "/spec/strategy", "{type: Recreate}")
                    .set("Service", "/spec/type", "NodePort"),
                    "error  prod.yaml:56 /spec/type: Service `wwe` is of type NodePort and exposed outside the cluster" + "\n"
                    + "       hint: use ClusterIP and route through the Ingress",
                    "error  prod.yaml:76 /spec/strategy: Deployment `wwe` uses strategy Recreate" + "\n"
                    + "       hint: set strategy.type: RollingUpdate"),
            fails("container-ports", f -> f.set(D, C + "/ports/0", "{containerPort: 80, name: http-port-for-wwe-ui}"),
                    "error  prod.yaml:118 /spec/template/spec/containers/0/ports/0/containerPort: container `wwe` port 80 is privileged (below 1024)" + "\n"
                    + "       hint: listen on a port above 1024, e.g. 8080",
                    "error  prod.yaml:119 /spec/template/spec/containers/0/ports/0/name: container `wwe` port 80 name `http-port-for-wwe-ui` is not a valid port name" + "\n"
                    + "       hint: use at most 15 lower-case letters, digits and single hyphens, with at least one letter, e.g. http"),
            fails("ingress-tls", f -> f.remove("Ingress", "/spec/tls")
                    .set("Ingress", "/metadata/annotations/nginx.ingress.kubernetes.io~1server-snippet", "x"),
                    "error  prod.yaml:235 /metadata/annotations/nginx.ingress.kubernetes.io~1server-snippet: annotation nginx.ingress.kubernetes.io/server-snippet injects raw NGINX configuration" + "\n"
                    + "       hint: remove it; use the ingress controller's typed annotations",
                    "error  prod.yaml:260 /spec/tls: Ingress `wwe` has no TLS" + "\n"
                    + "       hint: add spec.tls with the hosts and the Secret holding their certificate"),
            fails("no-secrets-in-env", f -> f.set(D, C + "/env", "[{name: API_TOKEN, value: abc}, {name: A, value: b},"
                    + " {name: A, value: c}]").set("ConfigMap", "/data/gwsUrl", "https://agent:hunter2@gws.example.com"),
                    "error  prod.yaml:20 /data/gwsUrl: ConfigMap `wwe-config` key gwsUrl holds a secret in plain text" + "\n"
                    + "       hint: move it to a Secret",
                    "error  prod.yaml:103 /spec/template/spec/containers/0/env/0/value: container `wwe` env API_TOKEN holds a secret in plain text" + "\n"
                    + "       hint: read it from a Secret with valueFrom.secretKeyRef",
                    "error  prod.yaml:103 /spec/template/spec/containers/0/env/2/name: container `wwe` defines env A twice" + "\n"
                    + "       hint: keep one definition; the last one wins"),
            fails("stable-api-versions", f -> f.set("HorizontalPodAutoscaler", "/apiVersion", "autoscaling/v2beta2"),
                    "error  prod.yaml:179 /apiVersion: HorizontalPodAutoscaler `wwe` uses the pre-release API autoscaling/v2beta2" + "\n"
                    + "       hint: use autoscaling/v2"));
}
