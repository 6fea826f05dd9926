package dev.wwegen.cli;

import dev.wwegen.verify.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wwegen validate} black-box: in-process, captured output, exact text and exit codes. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void cleanInputExitsZeroWithASummary() throws IOException {
        Path prod = write("prod.yaml", Fixture.resource("/verify/prod.yaml"));
        assertThat(run("validate", prod.toString(), "--no-kubeconform")).isEqualTo(new CliRun(0,
                "0 errors, 0 warnings, 0 notices in 8 objects from 1 input; kubeconform off\n", ""));
    }

    @Test
    void kubeconformsInvalidFixtureIsReportedByFileWithLinesAndHints() throws IOException {
        Path invalid = write("invalid.yaml", Fixture.resource("/kubeconform/invalid.yaml"));
        String f = invalid.toString();
        assertThat(run("validate", f, "--policy", "off", "--no-kubeconform", "--color=never")).isEqualTo(new CliRun(1, f + "\n"
                + "  error  7  Deployment broken-typo /spec/replica: unknown field `replica` [schema]\n"
                + "         hint: did you mean `replicas`?\n"
                + "  error  24  Deployment broken-types /spec/replicas: got string \"three\", want integer [schema]\n"
                + "         hint: see `kubectl explain deployment.spec.replicas`\n"
                + "  error  35  Deployment broken-types /spec/template/spec/containers/0/ports/0/containerPort:"
                + " got string \"http\", want integer [schema]\n"
                + "         hint: see `kubectl explain deployment.spec.template.spec.containers.ports.containerPort`\n"
                + "  error  46  Ingress broken-ingress /spec/rules/0/http/paths/0/pathType: missing required field"
                + " `pathType` [schema]\n"
                + "         hint: set it to one of Exact, ImplementationSpecific, Prefix\n"
                + "  error  48  Ingress broken-ingress /spec/rules/0/http/paths/0/backend/serviceName: unknown field"
                + " `serviceName` [schema]\n"
                + "         hint: did you mean `service`?\n"
                + "  error  49  Ingress broken-ingress /spec/rules/0/http/paths/0/backend/servicePort: unknown field"
                + " `servicePort` [schema]\n"
                + "         hint: did you mean `service`?\n"
                + "  error  56  ConfigMap dup2 YAML: found duplicate key name (while constructing a mapping) [parse yaml]\n"
                + "         hint: fix the YAML syntax; every key may appear only once in a mapping\n"
                + "7 errors, 0 warnings, 0 notices in 3 objects from 1 input; kubeconform off\n", ""));
    }

    @Test
    void readsStandardInputFoldersAndListsAndIgnoresEmptyDocuments() throws IOException {
        write("a/b/list.yml", "apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: x,"
                + " namespace: n}}\n---\n---\n");
        write("a/notes.txt", "not yaml [");
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n"
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(run("validate", dir.resolve("a").toString(), "-", "--no-kubeconform").out())
                    .isEqualTo("0 errors, 0 warnings, 0 notices in 2 objects from 2 inputs; kubeconform off\n");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonOutputCarriesLayerRuleObjectAndLine() throws IOException {
        Path file = write("svc.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: Web, namespace: n}\nspec:\n"
                + "  ports: [{port: 80}]\n");
        CliRun run = run("validate", file.toString(), "--policy", "off", "--no-kubeconform", "--output", "json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"severity\" : \"error\",\n    \"layer\" : \"schema\",\n"
                + "    \"rule\" : \"metadata-format\",\n    \"file\" : \"" + file + "\",\n    \"line\" : 3,\n"
                + "    \"object\" : {\n      \"apiVersion\" : \"v1\",\n      \"kind\" : \"Service\",\n"
                + "      \"namespace\" : \"n\",\n      \"name\" : \"Web\"\n    },\n    \"path\" : \"/metadata/name\",\n"
                + "    \"message\" : \"Service name \\\"Web\\\" is not a DNS-1035 label (lower-case letters, digits and '-',"
                + " starting with a letter, at most 63)\",\n    \"hint\" : \"e.g. web\"");
    }

    @Test
    void junitAndSarifOutputsNameTheFailingObject() throws IOException {
        Path file = write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {password: x}\n");
        CliRun junit = run("validate", file.toString(), "--no-kubeconform", "--output", "junit");
        assertThat(junit.exit()).isEqualTo(1);
        assertThat(junit.out()).contains("<testsuites name=\"wwegen validate\" tests=\"1\" failures=\"1\">",
                "<testcase classname=\"" + file + "\" name=\"ConfigMap c\">",
                "<failure type=\"policy/explicit-namespace\" message=\"/metadata/namespace: ConfigMap `c` has no namespace\">");
        CliRun sarif = run("validate", file.toString(), "--no-kubeconform", "--output", "sarif");
        assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"", "\"ruleId\" : \"policy/no-secrets-in-env\"",
                "\"uri\" : \"" + file + "\"", "\"startLine\" : 4");
    }

    @Test
    void customResourcesAreSkippedWithANoticeUnlessTheirCrdIsGiven() throws IOException {
        Path cr = write("cr.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: n}\n"
                + "spec: {size: big}\n");
        assertThat(run("validate", cr.toString(), "--no-kubeconform", "--color=never").out()).isEqualTo(cr + "\n"
                + "  info   1  Widget n/w /apiVersion: custom resource example.com/v1 Widget not validated: no schema"
                + " for it [schema custom-resource-skipped]\n"
                + "         hint: give its CustomResourceDefinition with --crd FILE\n"
                + "0 errors, 0 warnings, 1 notice in 1 object from 1 input; kubeconform off\n");
        Path crd = write("crd.yaml", """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com}
                spec:
                  group: example.com
                  names: {kind: Widget, plural: widgets}
                  scope: Namespaced
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec: {type: object, properties: {size: {type: integer}}}
                """);
        CliRun run = run("validate", cr.toString(), "--crd", crd.toString(), "--no-kubeconform", "--color=never");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("  error  4  Widget n/w /spec/size: got string \"big\", want integer [schema]");
    }

    @Test
    void removedApiVersionsDependOnTheTargetKubernetesVersion() throws IOException {
        Path old = write("old.yaml", "apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata: {name: i,"
                + " namespace: n}\nspec: {backend: {serviceName: s, servicePort: 80}}\n");
        assertThat(run("validate", old.toString(), "--no-kubeconform", "--policy", "off", "--skip",
                "ingress-backend-resolves").out()).contains("/apiVersion: networking.k8s.io/v1beta1 Ingress was removed"
                + " in Kubernetes 1.22 (target 1.34) [schema]\n         hint: use networking.k8s.io/v1");
        assertThat(run("validate", old.toString(), "--no-kubeconform", "--policy", "off", "--skip",
                "ingress-backend-resolves", "--kubernetes-version", "1.21")).isEqualTo(new CliRun(0,
                "0 errors, 0 warnings, 0 notices in 1 object from 1 input; kubeconform off\n", ""));
    }

    @Test
    void badUsageAndUnreadableInputExitTwo() {
        CliRun missing = run("validate", dir.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error  " + dir.resolve("nope.yaml") + " no such file or folder\n"
                + "       hint: give a manifest file or a folder of manifests\n1 error, 0 warnings\n");
        CliRun policy = run("validate", dir.toString(), "--policy", "maybe");
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.err()).startsWith("--policy must be off, warn or error, not 'maybe'\n");
        CliRun skip = run("validate", dir.toString(), "--skip", "no-such-rule");
        assertThat(skip.exit()).isEqualTo(2);
        assertThat(skip.err()).startsWith("--skip: unknown rule 'no-such-rule'; known rules: allowed-volume-types,");
        CliRun kubeconform = run("validate", dir.toString(), "--kubeconform=" + dir.resolve("kc"));
        assertThat(kubeconform.exit()).isEqualTo(2);
        assertThat(kubeconform.err()).startsWith("--kubeconform: " + dir.resolve("kc") + " is not an executable file\n");
    }

    @Test
    void kubeconformFindingsAreMergedAndItsVersionReported() throws IOException {
        Path fake = dev.wwegen.verify.kubeconform.FakeKubeconformTest.fake(Files.createDirectories(dir.resolve("bin")));
        Path invalid = write("invalid.yaml", Fixture.resource("/kubeconform/invalid.yaml"));
        CliRun run = run("validate", invalid.toString(), "--policy", "off", "--kubeconform=" + fake, "--color=never");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("  error  6  Deployment broken-typo /spec: additional properties 'replica' not"
                + " allowed [kubeconform]\n").endsWith("13 errors, 0 warnings, 0 notices in 3 objects from 1 input;"
                + " kubeconform v0.7.0\n");
    }

    @Test
    void schemaExportWritesKubeconformsLayout() {
        CliRun run = run("schema", "export", dir.toString(), "--kind", "Deployment");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("wrote ");
        assertThat(dir.resolve("master-standalone-strict/deployment-apps-v1.json")).exists();
        assertThat(dir.resolve("master-standalone/deployment-apps-v1.json")).exists();
    }

    @Test
    void aChartIsRenderedWithItsValuesFilesAndFindingsNameTheTemplate() throws IOException {
        write("c/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        write("c/values.yaml", "name: cfg\n");
        write("c/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n"
                + "  namespace: {{ .Release.Namespace }}\ndata: {a: b}\n");
        Path values = write("v.yaml", "name: Bad_Name\n");
        Path chart = dir.resolve("c");
        assertThat(run("validate", chart.toString(), "--namespace", "wwe", "--no-kubeconform").exit()).isZero();
        assertThat(run("validate", chart.toString(), "-f", values.toString(), "--namespace", "wwe", "--no-kubeconform",
                "--color=never")).isEqualTo(new CliRun(1, chart + "/templates/cm.yaml\n"
                + "  error  6  ConfigMap wwe/Bad_Name /metadata/name: ConfigMap name \"Bad_Name\" is not a DNS-1123"
                + " subdomain (lower-case letters, digits, '-' and '.', at most 253) [schema metadata-format]\n"
                + "         hint: e.g. bad-name\n"
                + "1 error, 0 warnings, 0 notices in 1 object from 1 input; kubeconform off\n", ""));
    }

    @Test
    void anExplicitlyRequestedKubeconformThatFailsIsBadInput() throws IOException {
        Path prod = write("prod.yaml", Fixture.resource("/verify/prod.yaml"));
        CliRun run = run("validate", prod.toString(), "--kubeconform=/bin/false");
        assertThat(run).isEqualTo(new CliRun(2, "", "error  --kubeconform kubeconform failed: /bin/false -v exited 1:"
                + " no output\n       hint: check that `/bin/false -v` prints its version, or leave out --kubeconform\n"
                + "1 error, 0 warnings\n"));
    }

    @Test
    void aValuesSchemaErrorSaysWhichValueAndWhichFile() throws IOException {
        write("c/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        write("c/values.yaml", "replicas: 1\n");
        write("c/values.schema.json", "{\"type\": \"object\", \"additionalProperties\": false,"
                + " \"properties\": {\"replicas\": {\"type\": \"integer\"}}}");
        write("c/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"
                + "  namespace: {{ .Release.Namespace }}\ndata: {a: \"{{ .Values.replicas }}\"}\n");
        Path values = write("bad.yaml", "replicas: three\nextra: 1\n");
        CliRun run = run("validate", dir.resolve("c").toString(), "-f", values.toString(), "--no-kubeconform");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("at '/replicas': got string, want integer")
                .contains("additional properties 'extra' not allowed")
                .contains("hint: fix the values at these paths in " + values);
    }

    @Test
    void aChartWithoutNamespaceIsRenderedIntoDefaultAsHelmTemplateDoes() throws IOException {
        write("c/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        write("c/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"
                + "  namespace: {{ .Release.Namespace }}\ndata: {a: b}\n");
        CliRun run = run("validate", dir.resolve("c").toString(), "--no-kubeconform", "--color=never");
        assertThat(run).isEqualTo(new CliRun(0,
                "0 errors, 0 warnings, 0 notices in 1 object from 1 input; kubeconform off\n", ""));
    }
}
