package dev.wwegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input through every output format: control characters (ESC, BEL, NUL, CR/LF, U+2028), markup and
 * table pipes in object names and values. Text must show them visibly, JSON and SARIF must parse, JUnit must
 * be well-formed XML, markdown must parse to one table row per object with no HTML but wwegen's own.
 */
class HostileInputTest {

    /** As YAML double-quoted escapes: ESC, BEL, NUL, CR LF, U+2028, markup, a pipe. */
    static final String YAML_HOSTILE = "x\\e[31mred\\abell\\0nul\\r\\nfake row\\Lsep|pipe<img src=x onerror=alert(1)>";
    /** Control characters that must never reach a terminal or a report raw. */
    static final String RAW_CONTROL = "[\\x00-\\x08\\x0b-\\x1f\\x7f\\u2028\\u2029]";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String configMap(String name, String value) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"" + name + "\"\n  namespace: wwe\n"
                + "  labels:\n    app: \"" + value + "\"\ndata:\n  key: \"" + value + "\"\n";
    }

    @Test
    void validateTextShowsControlCharactersVisiblyAndFakesNoLines() throws IOException {
        Path file = write("hostile.yaml", configMap(YAML_HOSTILE, YAML_HOSTILE));
        CliRun run = CliRun.of("validate", file.toString(), "--no-kubeconform", "--policy", "off", "--color=never");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).doesNotContainPattern(RAW_CONTROL).doesNotContain("\r")
                .contains("x\\u001b[31mred\\u0007bell\\u0000nul\\r\\nfake row\\u2028sep|pipe");
        assertThat(run.out().lines().filter(l -> l.startsWith("fake"))).isEmpty();
    }

    @Test
    void validateJsonAndSarifParseAndKeepTheValue() throws IOException {
        Path file = write("hostile.yaml", configMap(YAML_HOSTILE, YAML_HOSTILE));
        ObjectMapper json = new ObjectMapper();
        for (String format : List.of("json", "sarif")) {
            CliRun run = CliRun.of("validate", file.toString(), "--no-kubeconform", "--policy", "off", "--output", format);
            assertThat(run.exit()).isEqualTo(1);
            JsonNode root = json.readTree(run.out());
            assertThat(root.toString()).contains("\\u001B[31mred\\u0007bell\\u0000nul\\r\\nfake row");
        }
    }

    @Test
    void validateJunitIsWellFormedXml() throws Exception {
        Path file = write("hostile.yaml", configMap(YAML_HOSTILE, YAML_HOSTILE));
        CliRun run = CliRun.of("validate", file.toString(), "--no-kubeconform", "--policy", "off", "--output", "junit");
        assertThat(run.exit()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isPositive();
        String message = ((org.w3c.dom.Element) failures.item(0)).getAttribute("message");
        assertThat(message).contains("\\u001b[31mred\\u0007bell\\u0000nul");
    }

    @Test
    void markdownDiffHasOneRowPerObjectAndNoInjectedHtml() throws IOException {
        write("old/a.yaml", configMap("plain", "one"));
        write("new/a.yaml", configMap("plain", YAML_HOSTILE));
        write("new/b.yaml", configMap("a|b\\e[1m</code><img src=x onerror=alert(1)>`x`", "v"));
        CliRun run = CliRun.of("diff", dir.resolve("old").toString(), dir.resolve("new").toString(),
                "--output", "markdown");
        assertThat(run.exit()).isEqualTo(1);
        Node root = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(run.out());
        List<String> html = new ArrayList<>();
        int[] rows = {0};
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node.getLiteral().strip());
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof TableBlock) {
                    visitChildren(node);
                }
            }

            @Override
            public void visit(CustomNode node) {
                rows[0] += node instanceof TableRow ? 1 : 0;
                visitChildren(node);
            }
        });
        assertThat(rows[0]).as("header and one row per object").isEqualTo(3);
        assertThat(html).isNotEmpty().noneMatch(tag -> tag.contains("img") || tag.contains("|"));
        String rendered = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(root);
        assertThat(rendered).doesNotContain("<img").contains("a|b\\u001b[1m&lt;/code&gt;&lt;img src=x");
        assertThat(run.out()).doesNotContainPattern(RAW_CONTROL);
        CliRun text = CliRun.of("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--color=never");
        assertThat(text.out()).doesNotContainPattern(RAW_CONTROL).doesNotContain("\r")
                .contains("+ ConfigMap wwe/a|b\\u001b[1m</code>", "\\u001B[31m");
        CliRun json = CliRun.of("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--output", "json");
        assertThat(new ObjectMapper().readTree(json.out()).toString()).contains("\\u001B[31m");
    }

    @Test
    void aDescriptionWithALineBreakFakesNoRowInProfilesList() throws IOException {
        String dev = Files.readString(Path.of("../profiles/dev.yaml"))
                .replace("description: \"Development, single replica\"",
                        "description: \"one\\n  fake         row\\e[2J\"");
        write("profiles/dev.yaml", dev);
        CliRun run = CliRun.of("profiles", "list", "--profiles", dir.resolve("profiles").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).endsWith("  dev          one\\n  fake         row\\u001b[2J\n");
    }

    @Test
    void errorsAboutHostileValuesAreOneVisibleLine() throws IOException {
        String dev = Files.readString(Path.of("../profiles/dev.yaml"))
                .replace("namespace: wwe", "namespace: \"w\\e[2Jw\\nerror  fake\"");
        write("profiles/dev.yaml", dev);
        CliRun run = CliRun.of("profiles", "show", "dev", "--profiles", dir.resolve("profiles").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).doesNotContainPattern(RAW_CONTROL).contains("w\\u001b[2Jw\\nerror  fake");
        assertThat(run.err().lines().filter(l -> l.startsWith("error  fake"))).isEmpty();
    }
}
