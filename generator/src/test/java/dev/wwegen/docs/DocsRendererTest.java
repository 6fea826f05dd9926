package dev.wwegen.docs;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.DataFlow;
import dev.wwegen.dsl.reference.WweReference;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocsRendererTest {

    private static final List<String> DIAGRAM_FILES = List.of("data-flows.mmd", "connections.mmd",
            "data-flows.puml", "connections.puml", "data-flows.svg", "connections.svg");

    private static final DocsRenderer DOCS = new DocsRenderer();

    private static String text(Map<String, byte[]> files, String path) {
        assertThat(files).containsKey(path);
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void defaultFormatsProduceThePageWithoutPng() {
        var files = DOCS.render(WweReference.architecture(), null, DocFormat.defaults());
        assertThat(files.keySet()).containsExactly("architecture.html", "architecture.md", "connections.csv",
                "connections.dot", "connections.json", "connections.mmd", "connections.puml", "connections.svg",
                "data-flows.dot", "data-flows.mmd", "data-flows.puml", "data-flows.svg");
    }

    @Test
    void aConnectionAddedToTheModelAppearsInTableDiagramsAndJson() {
        var architecture = WweReference.architecture().browserNeeds(10,
                Backend.named("reporting").labelled("Reporting Service"), DataFlow.BOTH, "Reports.");
        var files = DOCS.render(architecture, null, DocFormat.defaults());
        assertThat(text(files, "architecture.md")).contains("| 10 | Browser | Reporting Service | HTTPS | 443 |");
        DIAGRAM_FILES.forEach(f -> assertThat(text(files, f)).as(f).contains("10: HTTPS 443", "Reporting Service"));
        assertThat(text(files, "connections.json")).contains("\"number\": 10,", "\"destination\": \"Reporting Service\"");
    }

    @Test
    void aConnectionRemovedFromTheModelDisappearsFromAll() {
        var reference = WweReference.architecture();
        var without = new Architecture(reference.name(), reference.label(), reference.summary(),
                reference.components().stream().filter(c -> !c.name().equals("digital-channels")).toList(),
                reference.gateway(), reference.connections().stream().filter(c -> c.number() != 6).toList());
        var files = DOCS.render(without, null, DocFormat.defaults());
        assertThat(text(files, "architecture.md")).doesNotContain("| 6 |", "Digital Channels");
        DIAGRAM_FILES.forEach(f -> assertThat(text(files, f)).as(f).doesNotContain("6: HTTPS", "Digital Channels"));
        assertThat(text(files, "connections.json")).doesNotContain("\"number\": 6,", "Digital Channels");
        assertThat(text(files, "connections.csv")).doesNotContain("Digital Channels");
    }

    @Test
    void svgsAreWellFormedXmlAndLabelEveryComponent() throws Exception {
        var architecture = WweReference.architecture();
        var files = DOCS.render(architecture, null, EnumSet.of(DocFormat.SVG));
        for (String svg : List.of("data-flows.svg", "connections.svg")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(files.get(svg)));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            String drawn = doc.getDocumentElement().getTextContent();
            for (Component c : architecture.components()) {
                assertThat(drawn).as(svg).contains(c.label());
            }
            assertThat(text(files, svg)).doesNotContain("<?plantuml");
        }
    }

    @Test
    void dataFlowArrowsFollowTheFlowAndConnectionArrowsFollowTheInitiator() {
        var files = DOCS.render(WweReference.architecture(), null, EnumSet.of(DocFormat.PLANTUML));
        assertThat(text(files, "data-flows.puml")).contains("browser <..> gws : 3: HTTPS 443",
                "browser ..> telemetry : 5: HTTPS 443", "browser <.. wwe : 1: HTTPS 443",
                "ingress_nginx <-- wwe : 9: HTTP 8080");
        assertThat(text(files, "connections.puml")).contains("browser ..> gws : 3: HTTPS 443",
                "browser ..> wwe : 1: HTTPS 443", "ingress_nginx --> wwe : 9: HTTP 8080");
    }

    @Test
    void outputIsByteForByteTheSameAcrossRuns() {
        var formats = EnumSet.allOf(DocFormat.class);
        var release = TestReleases.dev(WweReference.architecture());
        SortedMap<String, byte[]> first = DOCS.render(release.architecture(), release, formats);
        SortedMap<String, byte[]> second = new DocsRenderer().render(WweReference.architecture(),
                TestReleases.dev(WweReference.architecture()), formats);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void mappingShowsTheReleasesRealHostNamespacesAndPorts() {
        var release = TestReleases.dev(WweReference.architecture());
        String md = text(DOCS.render(release.architecture(), release, EnumSet.of(DocFormat.MARKDOWN)), "architecture.md");
        assertThat(md).contains("## Kubernetes objects for each connection",
                "The browser opens `https://wwe.dev.example.com/`",
                "Service port 80 → targetPort `http` → containerPort 8080 of Deployment `wwe` in namespace `wwe`",
                "NetworkPolicy `wwe` admits TCP 8080 only from pods `app.kubernetes.io/name=traefik` in namespaces"
                        + " `kubernetes.io/metadata.name=traefik`",
                "The Ingress controller `traefik` in namespace `traefik` serves Ingress `wwe`",
                "| 8 | Ingress proxy | Ingress controller (traefik) |",
                "The browser gets `gwsUrl` = `https://gws.dev.example.com` from ConfigMap `wwe-config`",
                "namespace wwe (this release)");
    }

    @Test
    void modelOnlyPageHasNoObjectMapping() {
        String md = text(DOCS.render(WweReference.architecture(), null, EnumSet.of(DocFormat.MARKDOWN)),
                "architecture.md");
        assertThat(md).startsWith("# Workspace Web Edition — architecture\n").contains("```mermaid\n---\n")
                .contains("[SVG](connections.svg)").doesNotContain("Kubernetes objects for each connection");
    }

    @Test
    void htmlIsSelfContainedWithTheSvgsInline() {
        String html = text(DOCS.render(WweReference.architecture(), null, EnumSet.of(DocFormat.HTML)),
                "architecture.html");
        assertThat(html).contains("<svg", "<td>Telemetry Service</td>").doesNotContain("<script", "src=\"", "href=\"http");
        assertThat(html.split("<svg ", -1)).hasSize(3);
    }

    @Test
    void aReleaseOfAnotherModelIsRefused() {
        var other = WweReference.architecture().labelled("Other");
        assertThatThrownBy(() -> DOCS.render(other, TestReleases.dev(WweReference.architecture()), DocFormat.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another model");
    }

    @Test
    void unknownFormatNamesTheValidOnes() {
        assertThat(DocFormat.parse(" SVG")).isEqualTo(DocFormat.SVG);
        assertThatThrownBy(() -> DocFormat.parse("pdf")).hasMessage(
                "format 'pdf' is not one of markdown, svg, png, mermaid, plantuml, dot, json, csv, html");
    }
}
