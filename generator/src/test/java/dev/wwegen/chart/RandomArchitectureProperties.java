package dev.wwegen.chart;

import dev.wwegen.api.ModelFindings;
import dev.wwegen.docs.DocFormat;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Client;
import dev.wwegen.dsl.model.DataFlow;
import dev.wwegen.dsl.model.EdgeProxy;
import dev.wwegen.dsl.model.Image;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.Namespace;
import dev.wwegen.dsl.model.Port;
import dev.wwegen.dsl.model.Probe;
import dev.wwegen.dsl.model.Resources;
import dev.wwegen.dsl.model.Tls;
import dev.wwegen.dsl.model.WebApp;
import dev.wwegen.pipeline.DocsFiles;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random valid architectures, not only the reference's shape: other names and namespaces, one to seven back
 * ends (some sharing a namespace, some called by the pods themselves), extra container ports, environment,
 * pod labels, default resources, probes on another port, other writable paths. Each must pass the model
 * rules, render and validate strictly (schema, cross-references, policy, production profile), document every
 * connection, and render with real Helm exactly the manifests wwegen writes.
 */
class RandomArchitectureProperties {

    private static final List<String> WORDS = List.of("desk", "crm", "sso", "billing", "edge", "end", "licence",
            "maps", "search", "chat", "media", "audit", "ns-x", "cluster", "node", "core");

    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void everyValidArchitectureRendersValidatesDocumentsAndChartEqualsManifests(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Architecture architecture = architecture(random);
        List<Finding> rules = ModelFindings.check(architecture, name -> Optional.empty());
        assertThat(rules.stream().filter(Finding::isError)).as("model rules").isEmpty();

        Path dir = Files.createTempDirectory("wwegen-random-model");
        try {
            Path profiles = Files.createDirectories(dir.resolve("profiles"));
            Files.writeString(profiles.resolve("prod.yaml"), profile(architecture));
            ProfileLoader loader = new ProfileLoader(ProfileSource.directory(profiles));

            Generation generation = new Generator(architecture, loader).generate("prod");
            assertThat(generation.inputFindings()).as("input").noneMatch(Finding::isError);
            assertThat(generation.outputFindings()).as("strict validation").noneMatch(Finding::isError);

            var docs = DocsFiles.render(architecture, generation.release().orElseThrow(), DocFormat.defaults());
            String page = new String(docs.get("architecture.md"), StandardCharsets.UTF_8);
            for (var c : architecture.allConnections()) {
                assertThat(page).contains("| " + c.number() + " | ").contains("### Connection " + c.number());
            }
            assertThat(docs.get("connections.svg")).isNotEmpty();
            assertThat(docs.get("data-flows.svg")).isNotEmpty();

            var output = GeneratedOutput.of(architecture, loader, dir.resolve("out"));
            var rendered = RenderedObjects.parse(new com.marcnuri.helm.Helm(output.chart()).template()
                    .withName(architecture.name()).withKubeVersion(Helm3.KUBE_VERSION)
                    .withNamespace(output.namespaces().get("prod")).withValuesFile(output.values("prod")).call());
            assertThat(rendered).isEqualTo(RenderedObjects.folder(output.manifests("prod"))).isNotEmpty();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Architecture architecture(Random random) {
        String appName = pick(random, List.of("desk", "wwe", "agent-ui", "workspace"));
        String portName = pick(random, List.of("http", "web", "www"));
        int port = 1024 + random.nextInt(60000);
        var app = WebApp.named(appName).in(Namespace.owned(appName + "-" + pick(random, List.of("prod", "ns", "app"))))
                .image(Image.of("acme/" + appName).tag("1." + random.nextInt(50)))
                .serves(Port.http(portName, port));
        if (random.nextBoolean()) {
            app = app.serves(Port.http("metrics", port == 9113 ? 9114 : 9113));
        }
        if (!portName.equals("http") || random.nextBoolean()) {
            app = app.probes(Probe.httpGet("/ready").onPort(portName), Probe.httpGet("/alive").onPort(portName).every(25));
        }
        if (random.nextBoolean()) {
            app = app.writes("/tmp", "/var/cache/nginx", "/var/run", "/var/lib/" + appName);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            app = app.env("VAR_" + i, "value " + random.nextInt(100));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            app = app.podLabel("example.com/label-" + i, "v" + random.nextInt(10));
        }
        if (random.nextBoolean()) {
            app = app.resources(Resources.of(Resources.cpu("120m", "150Mi", "50Mi"), Resources.cpu("600m", "300Mi", "100Mi")));
        }
        String controller = pick(random, List.of("traefik", "haproxy", "ingress-nginx", "contour"));
        var gateway = IngressChain.from(Client.browser()).through(EdgeProxy.named(pick(random, List.of("front", "lb", "proxy"))))
                .through(IngressController.named(controller).in(Namespace.external(controller + "-system")))
                .to(app, portName).tls(Tls.secret(appName + "-tls")).numbered(1, 2, 3);
        Architecture architecture = Architecture.named(pick(random, List.of("estate", "acme", "contact-centre")))
                .enteredThrough(gateway).browserLoads(4, "html");
        Set<String> names = new LinkedHashSet<>();
        int backends = 1 + random.nextInt(7);
        while (names.size() < backends) {
            String name = pick(random, WORDS);
            if (!name.equals(appName) && !name.equals(controller)) {
                names.add(name);
            }
        }
        List<String> namespaces = List.of("shared-a", "shared-b", "ext");
        int number = 5;
        for (String name : new ArrayList<>(names)) {
            Backend backend = Backend.named(name).in(Namespace.external(random.nextBoolean() ? pick(random, namespaces)
                    : name + "-ns"));
            if (random.nextInt(3) == 0) {
                architecture = architecture.podCalls(number++, backend.port(Port.https("https", 8443 + random.nextInt(10))),
                        DataFlow.BOTH, "pod call");
            } else {
                architecture = architecture.browserNeeds(number++, backend, DataFlow.BOTH, "browser call");
            }
        }
        return architecture;
    }

    /** A production profile: two replicas, the app's namespace, a URL for every back end. */
    static String profile(Architecture architecture) {
        var app = architecture.webApp().orElseThrow();
        StringBuilder yaml = new StringBuilder("namespace: " + app.namespace().name() + "\n")
                .append("image: {digest: sha256:").append("a".repeat(64)).append(", pullPolicy: IfNotPresent}\n")
                .append("ingress: {host: ").append(app.name()).append(".example.com, tlsSecret: ").append(app.name())
                .append("-tls}\nbackends:\n");
        architecture.backends().forEach(b -> yaml.append("  ").append(b.name()).append(": {url: https://")
                .append(b.name()).append(".example.com}\n"));
        return yaml.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
