package dev.wwegen.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate --model PATH}: a model of one's own compiled in process. Each model rule broken once, and
 * the finding names the line of the DSL call that broke it; compile errors at file:line:column; nothing
 * written on any error.
 */
class ModelOptionTest {

    static final int APP = 6;
    static final int GATEWAY = 7;
    static final int GWS = 8;
    static final int LAST = 13;

    /** A valid model; line numbers above are 1-based lines of this text. */
    static final List<String> TEMPLATE = List.of(
            "import dev.wwegen.dsl.model.*;",
            "",
            "public final class Estate implements ArchitectureModel {",
            "    @Override",
            "    public Architecture architecture() {",
            "        var app = WebApp.named(\"desk\").in(Namespace.owned(\"desk\")).image(Image.of(\"acme/desk\").tag(\"1.0\")).serves(Port.http(\"http\", 8080));",
            "        var gateway = IngressChain.from(Client.browser()).through(EdgeProxy.named(\"edge\")).through(IngressController.named(\"traefik\")).to(app, \"http\").tls(Tls.secret(\"desk-tls\")).numbered(7, 8, 9);",
            "        var gws = Backend.named(\"gws\").in(Namespace.external(\"genesys\"));",
            "        return Architecture.named(\"desk\")",
            "                .enteredThrough(gateway)",
            "                .browserLoads(1, \"html\")",
            "                .browserNeeds(2, gws, DataFlow.BOTH, \"api\")",
            "                .browserNeeds(3, Backend.named(\"gauth\").in(Namespace.external(\"genesys\")), DataFlow.BOTH, \"auth\");",
            "    }",
            "}");

    @TempDir
    Path dir;

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("names-are-dns-labels", GWS,
                        "        var gws = Backend.named(\"GWS\").in(Namespace.external(\"genesys\"));"),
                Arguments.of("component-names-unique", LAST,
                        "                .browserNeeds(3, Backend.named(\"desk\").in(Namespace.external(\"genesys\")), DataFlow.BOTH, \"auth\");"),
                Arguments.of("ports-in-range", APP, TEMPLATE.get(APP - 1).replace("8080))", "8080), Port.http(\"metrics\", 70000))")),
                Arguments.of("port-names-are-service-names", APP,
                        TEMPLATE.get(APP - 1).replace("8080))", "8080), Port.http(\"metrics-exporter-port\", 9113))")),
                Arguments.of("connection-numbers-unique", LAST,
                        "                .browserNeeds(2, Backend.named(\"gauth\").in(Namespace.external(\"genesys\")), DataFlow.BOTH, \"auth\");"),
                Arguments.of("connection-endpoints-declared", LAST,
                        "                .connect(Connection.number(3).from(app).to(Backend.named(\"ghost\")).over(Protocol.HTTPS, 443));"),
                Arguments.of("connections-reach-declared-ports", LAST,
                        "                .connect(Connection.number(3).from(app).to(gws).over(Protocol.HTTPS, 444));"),
                Arguments.of("ingress-chain-ends-at-declared-port", GATEWAY, TEMPLATE.get(GATEWAY - 1).replace("to(app, \"http\")", "to(app, \"web\")")),
                Arguments.of("https-hop-has-tls", GATEWAY, TEMPLATE.get(GATEWAY - 1).replace(".tls(Tls.secret(\"desk-tls\"))", "")),
                Arguments.of("probes-target-declared-port", APP, TEMPLATE.get(APP - 1).replace(";",
                        ".probes(Probe.httpGet(\"/ready\").onPort(\"admin\"), Probe.httpGet(\"/live\"));")),
                Arguments.of("namespaces-match-ownership", GWS,
                        "        var gws = Backend.named(\"gws\").in(Namespace.owned(\"genesys\"));"),
                Arguments.of("image-is-pinned", APP, TEMPLATE.get(APP - 1).replace(".tag(\"1.0\")", "")),
                Arguments.of("backends-are-reachable", GWS,
                        "        var gws = Backend.named(\"gws\").in(Namespace.external(\"genesys\")).configuredAs(\"gws url\");"),
                Arguments.of("web-app-is-deployable", APP, TEMPLATE.get(APP - 1).replace(";", ".writes(\"tmp\");")),
                Arguments.of("web-app-is-deployable", APP, TEMPLATE.get(APP - 1).replace(";", ".env(\"MY-VAR\", \"1\");")),
                Arguments.of("web-app-is-deployable", APP, TEMPLATE.get(APP - 1).replace(";", ".writes();")),
                Arguments.of("web-app-is-deployable", APP,
                        TEMPLATE.get(APP - 1).replace(";", ".writes(\"/var/run\", \"/var-run\");")),
                Arguments.of("web-app-is-deployable", APP,
                        TEMPLATE.get(APP - 1).replace(";", ".podLabel(\"app.kubernetes.io/name\", \"x\");")),
                Arguments.of("web-app-is-deployable", APP, TEMPLATE.get(APP - 1).replace(";", ".podLabel(\"team\", \"-x-\");")));
    }

    @ParameterizedTest(name = "{0} at line {1}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsReportedAtTheLineOfTheDslCall(String rule, int line, String replacement) throws IOException {
        Path model = model(TEMPLATE.get(line - 1).equals(replacement) ? null : line, replacement);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("generate", "--model", model.toString(), "--profiles", profiles().toString(),
                "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).as(run.err()).containsPattern("error +\\S*Estate\\.java:" + line + " .*\\[rule " + rule + "]")
                .contains("hint: ");
        assertThat(out).doesNotExist();
    }

    @Test
    void theValidModelGeneratesWithItsOwnNames() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("generate", "--model", model(null, null).toString(), "--profiles", profiles().toString(),
                "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        assertThat(out.resolve("chart/desk/Chart.yaml")).exists();
        Path policy;
        try (Stream<Path> files = Files.list(out.resolve("manifests/dev"))) {
            policy = files.filter(p -> p.getFileName().toString().endsWith("-networkpolicy-desk.yaml")).findFirst()
                    .orElseThrow();
        }
        assertThat(Files.readString(policy)).contains("kubernetes.io/metadata.name: traefik");
    }

    @Test
    void aCompileErrorNamesFileLineAndColumn() throws IOException {
        Path model = model(GWS, "        var gws = Backend.named(\"gws\").in(Namespace.external(\"genesys\"))");
        CliRun run = CliRun.of("generate", "--model", model.toString(), "--profiles", profiles().toString(),
                "--out", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).containsPattern("Estate\\.java:" + GWS + ":\\d+ .*';' expected");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aDslCallThatThrowsIsReportedAtItsLine() throws IOException {
        Path model = model(GATEWAY, "        var gateway = IngressChain.from(Client.browser()).to(app, \"http\");");
        CliRun run = CliRun.of("generate", "--model", model.toString(), "--profiles", profiles().toString(),
                "--out", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).containsPattern("Estate\\.java:" + GATEWAY + " .*needs an edge proxy");
    }

    @Test
    void aFolderWithoutEntryPointSaysHowToWriteOne() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Helper.java"), "public final class Helper { }\n");
        CliRun run = CliRun.of("generate", "--model", src.toString(), "--profiles", profiles().toString(),
                "--out", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("no model entry point").contains("ArchitectureModel");
    }

    @Test
    void docsAndDiffTakeTheModelToo() throws IOException {
        Path model = model(null, null);
        CliRun docs = CliRun.of("docs", "--model", model.toString(), "--profiles", profiles().toString(),
                "--profile", "dev", "--out", dir.resolve("docs").toString());
        assertThat(docs.exit()).as(docs.err()).isEqualTo(Main.OK);
        assertThat(Files.readString(dir.resolve("docs/architecture.md"))).contains("traefik");
    }

    private Path model(Integer line, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(TEMPLATE);
        if (line != null) {
            lines.set(line - 1, replacement);
        }
        Path src = Files.createDirectories(dir.resolve("model"));
        return Files.write(src.resolve("Estate.java"), lines);
    }

    private Path profiles() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("dev.yaml"), String.join("\n",
                "environment: development", "namespace: desk", "replicas: 1",
                "ingress: {host: desk.example.com, tlsSecret: desk-tls}",
                "route: {kind: ingress, controller: {preset: traefik}}",
                "backends:", "  gws: {url: https://gws.example.com}", "  gauth: {url: https://gauth.example.com}", ""));
        return profiles;
    }
}
