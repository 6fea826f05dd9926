package dev.wwegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wwegen.dsl.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesSchemaValidatorTest {

    private static final String WHERE = "test.yaml";

    private final SchemaValidator validator = new SchemaValidator();

    private List<Finding> validate(String yaml) {
        return validator.validate(TestYaml.parse(yaml), WHERE);
    }

    private static Finding error(String path, String reason, String hint) {
        return Finding.error(WHERE, path, reason, hint);
    }

    /** A valid Deployment whose only container is {@code container}, indented as a list item. */
    private static String deploymentWith(String container) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: wwe}
                spec:
                  selector: {matchLabels: {app: wwe}}
                  template:
                    metadata: {labels: {app: wwe}}
                    spec:
                      containers:
                """ + container.indent(8);
    }

    @Test
    void aTypicalDeploymentIsValid() {
        assertThat(validate("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: wwe
                  namespace: wwe
                  creationTimestamp: null
                  labels: {app.kubernetes.io/name: wwe, app.kubernetes.io/version: "100.0.001"}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app: wwe}}
                  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 25%}}
                  template:
                    metadata: {labels: {app: wwe}}
                    spec:
                      automountServiceAccountToken: false
                      securityContext: {runAsNonRoot: true, runAsUser: 101, seccompProfile: {type: RuntimeDefault}}
                      containers:
                        - name: wwe
                          image: genesys/wwe-ui:100.0.001.113
                          imagePullPolicy: IfNotPresent
                          ports: [{name: http, containerPort: 8080, protocol: TCP}]
                          resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {cpu: 1, memory: 128Mi}}
                          readinessProbe: {httpGet: {path: /index.html, port: http}}
                          livenessProbe: {httpGet: {path: /index.html, port: 8080}, periodSeconds: 10}
                          securityContext:
                            allowPrivilegeEscalation: false
                            readOnlyRootFilesystem: true
                            capabilities: {drop: [ALL]}
                          volumeMounts: [{name: tmp, mountPath: /tmp}]
                      volumes: [{name: tmp, emptyDir: {}}]
                """)).isEmpty();
    }

    @Test
    void aServiceMayTargetAPortByNumberOrByName() {
        assertThat(validate("""
                apiVersion: v1
                kind: Service
                metadata: {name: wwe}
                spec:
                  type: ClusterIP
                  selector: {app: wwe}
                  ports:
                    - {name: http, port: 80, targetPort: 8080}
                    - {name: http-named, port: 81, targetPort: http}
                """)).isEmpty();
    }

    @Test
    void ingressNetworkPolicyHpaPdbConfigMapAndServiceAccountAreValid() {
        assertThat(validate("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: wwe, annotations: {nginx.ingress.kubernetes.io/backend-protocol: HTTP}}
                spec:
                  ingressClassName: nginx
                  tls: [{hosts: [wwe.example.com], secretName: wwe-tls}]
                  rules:
                    - host: wwe.example.com
                      http:
                        paths:
                          - {path: /, pathType: Prefix, backend: {service: {name: wwe, port: {name: http}}}}
                """)).isEmpty();
        assertThat(validate("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: wwe}
                spec:
                  podSelector: {matchLabels: {app: wwe}}
                  policyTypes: [Ingress, Egress]
                  ingress:
                    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}]
                      ports: [{protocol: TCP, port: 8080}]
                  egress:
                    - ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: dns-tcp}]
                """)).isEmpty();
        assertThat(validate("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: wwe}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: wwe}
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                    - type: Resource
                      resource: {name: cpu, target: {type: Utilization, averageUtilization: 40}}
                    - type: Resource
                      resource: {name: memory, target: {type: AverageValue, averageValue: 100Mi}}
                """)).isEmpty();
        assertThat(validate("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: wwe}
                spec: {maxUnavailable: 1, selector: {matchLabels: {app: wwe}}}
                """)).isEmpty();
        assertThat(validate("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: wwe}
                data: {gwsUrl: "https://gws.example.com", FEATURE_X: "true"}
                """)).isEmpty();
        assertThat(validate("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: wwe}
                automountServiceAccountToken: false
                """)).isEmpty();
    }

    @Test
    void anUnknownFieldInAContainerNamesTheClosestKnownOne() {
        assertThat(validate(deploymentWith("""
                - name: wwe
                  image: wwe:1
                  imagePullPolicyy: Always
                """))).containsExactly(error("/spec/template/spec/containers/0/imagePullPolicyy",
                "unknown field `imagePullPolicyy`", "did you mean `imagePullPolicy`?"));
    }

    @Test
    void aQuotedNumberIsNotAnInteger() {
        assertThat(validate("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: wwe}
                spec:
                  replicas: "3"
                  selector: {matchLabels: {app: wwe}}
                  template: {spec: {containers: [{name: wwe, image: "wwe:1"}]}}
                """)).containsExactly(error("/spec/replicas", "got string \"3\", want integer", "write 3 without quotes"));
    }

    @Test
    void anIngressPathNeedsAPathType() {
        assertThat(validate("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: wwe}
                spec:
                  rules: [{http: {paths: [{path: /, backend: {service: {name: wwe, port: {number: 80}}}}]}}]
                """)).containsExactly(error("/spec/rules/0/http/paths/0/pathType",
                "missing required field `pathType`", "set it to one of Exact, ImplementationSpecific, Prefix"));
    }

    @Test
    void aContainerNeedsAName() {
        assertThat(validate(deploymentWith("- image: wwe:1\n"))).containsExactly(error(
                "/spec/template/spec/containers/0/name", "missing required field `name`",
                "see `kubectl explain deployment.spec.template.spec.containers.name`"));
    }

    @Test
    void aPathTypeMustBeOneOfTheEnumeratedValues() {
        assertThat(validate("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: wwe}
                spec:
                  rules: [{http: {paths: [{path: /, pathType: prefix, backend: {service: {name: wwe, port: {number: 80}}}}]}}]
                """)).containsExactly(error("/spec/rules/0/http/paths/0/pathType",
                "\"prefix\" is not one of Exact, ImplementationSpecific, Prefix", "did you mean `Prefix`?"));
    }

    @Test
    void anUnknownKindSuggestsTheClosestKnownKind() {
        assertThat(validate("apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: wwe}\n")).containsExactly(
                error("/kind", "unknown kind Deploymnet in apiVersion apps/v1", "did you mean `Deployment` (apps/v1)?"));
        assertThat(validate("apiVersion: example.com/v1\nkind: WidgetSet\n")).containsExactly(
                error("/kind", "unknown kind WidgetSet in apiVersion example.com/v1",
                        "no built-in Kubernetes or OpenShift type has this kind; custom resources are not validated"));
    }

    @Test
    void aRemovedApiVersionNamesItsReplacement() {
        assertThat(validate("apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: wwe}\n")).containsExactly(
                error("/apiVersion", "extensions/v1beta1 Ingress was removed in Kubernetes 1.22", "use networking.k8s.io/v1"));
        assertThat(validate("apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\n")).containsExactly(
                error("/apiVersion", "policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25", "use policy/v1"));
    }

    @Test
    void anUnknownApiVersionOfAKnownKindListsTheKnownOnes() {
        assertThat(validate("apiVersion: autoscaling/v3\nkind: HorizontalPodAutoscaler\n")).containsExactly(
                error("/apiVersion", "unknown apiVersion autoscaling/v3 for kind HorizontalPodAutoscaler",
                        "use one of autoscaling/v1, autoscaling/v2"));
    }

    @Test
    void apiVersionAndKindAreRequired() {
        assertThat(validate("kind: Service\nmetadata: {name: wwe}\n"))
                .containsExactly(error("/apiVersion", "missing apiVersion", "use v1"));
        assertThat(validate("apiVersion: v1\nkind: \"\"\n"))
                .containsExactly(error("/kind", "missing kind", "set the kind of object, e.g. Deployment"));
        assertThat(validate("apiVersion: 1\nkind: Service\n")).containsExactly(
                error("/apiVersion", "got integer 1, want string", "write group/version, e.g. apps/v1"));
        assertThat(validate("- a list\n")).containsExactly(error("",
                "got array, want a Kubernetes object (a mapping with apiVersion and kind)", ""));
    }

    @Test
    void aQuantityMustBeWellFormed() {
        assertThat(validate(deploymentWith("""
                - name: wwe
                  image: wwe:1
                  resources: {limits: {cpu: 1, memory: 128MB}, requests: {cpu: 0.5, memory: abc}}
                """))).containsExactly(
                error("/spec/template/spec/containers/0/resources/limits/memory", "\"128MB\" is not a quantity",
                        "did you mean `128Mi`?"),
                error("/spec/template/spec/containers/0/resources/requests/memory", "\"abc\" is not a quantity",
                        "write a number with an optional suffix: m, k, M, G, Ki, Mi, Gi (e.g. 500m, 128Mi, 1.5)"));
    }

    @Test
    void labelValuesMustBeStrings() {
        assertThat(validate("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: wwe, labels: {tier: 1, app.kubernetes.io/part-of: true}}
                """)).containsExactly(
                error("/metadata/labels/tier", "got integer 1, want string", "quote it: \"1\""),
                error("/metadata/labels/app.kubernetes.io~1part-of", "got boolean true, want string",
                        "quote it: \"true\""));
    }

    @Test
    void intOrStringRejectsOtherTypes() {
        assertThat(validate("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: wwe}
                spec: {minAvailable: 1.5}
                """)).containsExactly(error("/spec/minAvailable", "got number 1.5, want integer or string",
                "see `kubectl explain poddisruptionbudget.spec.minAvailable`"));
    }

    @Test
    void objectsAndListsMustNotBeSwapped() {
        assertThat(validate(deploymentWith("""
                - name: wwe
                  image: wwe:1
                  ports: {containerPort: 8080}
                  env: [[a]]
                """))).containsExactly(
                error("/spec/template/spec/containers/0/ports", "got object, want array",
                        "see `kubectl explain deployment.spec.template.spec.containers.ports`"),
                error("/spec/template/spec/containers/0/env/0", "got array, want object",
                        "see `kubectl explain deployment.spec.template.spec.containers.env`"));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        assertThat(validate("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: wwe, namespace: 7}
                resources: {limits: {cpu: 1}}
                """)).extracting(Finding::format).containsExactly(
                "error  test.yaml /metadata/namespace: got integer 7, want string\n       hint: quote it: \"7\"",
                "error  test.yaml /resources: unknown field `resources`\n       hint: known fields: apiVersion,"
                        + " automountServiceAccountToken, imagePullSecrets, kind, metadata, secrets");
    }
}
