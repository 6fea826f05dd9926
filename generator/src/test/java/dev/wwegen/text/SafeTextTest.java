package dev.wwegen.text;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One escaping rule per output format, each proven with a real parser of that format. */
class SafeTextTest {

    /** Every character class that has broken an output format: controls, line breaks, markup, table pipes. */
    static final String HOSTILE = "a\u001b[31mred\u0007bell\u0000nul\r\nfake\u2028sep\u0085nel|pipe<b>bold</b>"
            + "&amp;\"q'`tick`*em*_u_[l](http://x)\uffff\ud800!";

    @Test
    void terminalTextShowsEveryControlCharacterAndKeepsOneLine() {
        String shown = TerminalText.visible(HOSTILE);
        assertThat(shown).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]")
                .contains("\\u001b[31m", "\\u0007", "\\u0000", "\\r\\n", "\\u2028", "\\u0085", "|pipe<b>");
        assertThat(TerminalText.visible("plain text, ünïcode ✓")).isEqualTo("plain text, ünïcode ✓");
    }

    @Test
    void xmlTextIsWellFormedForAnyInputInContentAndAttributes() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><r a=\"" + XmlText.attribute(HOSTILE) + "\" b='"
                + XmlText.attribute(HOSTILE) + "'>" + XmlText.content(HOSTILE) + "</r>";
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String attribute = document.getDocumentElement().getAttribute("a");
        assertThat(attribute).contains("\\u001b", "\\u0000", "\r\n", "<b>bold</b>", "\"q'");
        assertThat(document.getDocumentElement().getAttribute("b")).isEqualTo(attribute);
        assertThat(document.getDocumentElement().getTextContent()).contains("|pipe<b>bold</b>&amp;", "\\ud800");
    }

    @Test
    void markdownCodeIsOneTableCellWithNoHtmlButItsOwnCodeTags() {
        String markdown = "| A | B |\n|---|---|\n| " + MarkdownText.code(HOSTILE) + " | " + MarkdownText.plain(HOSTILE)
                + " |\n";
        Node root = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<String> html = new ArrayList<>();
        List<Node> cells = new ArrayList<>();
        int[] tables = {0};
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node.getLiteral());
            }

            @Override
            public void visit(CustomBlock node) {
                tables[0] += node instanceof TableBlock ? 1 : 0;
                visitChildren(node);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    cells.add(node);
                }
                visitChildren(node);
            }
        });
        assertThat(tables[0]).isEqualTo(1);
        assertThat(cells).hasSize(4);
        assertThat(html).containsExactly("<code>", "</code>");
        assertThat(MarkdownText.code(HOSTILE)).doesNotContain("|", "\n", "<b>", "`", "*", "_", "\ud800")
                .contains("&#92;u001b");
    }

    @Test
    void aFenceIsLongerThanAnyBacktickRunInTheBlock() {
        assertThat(MarkdownText.fence(List.of("plain"))).isEqualTo("```");
        assertThat(MarkdownText.fence(List.of("a ``` b", "````"))).isEqualTo("`````");
    }
}
