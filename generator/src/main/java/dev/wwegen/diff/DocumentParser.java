package dev.wwegen.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.manifest.ParsedDocument;
import dev.wwegen.manifest.YamlDocuments;

import java.util.List;
import java.util.function.Consumer;

/**
 * Parses the text of one file into its documents as plain maps, lists and scalars, through the shared
 * {@link YamlDocuments} parser (duplicate keys are errors, timestamps stay strings, syntax errors are
 * findings at {@code file:line:col}). A document with a problem is reported and left out.
 */
final class DocumentParser {

    /** One parsed document and the 1-based line it starts on. */
    record Document(Object content, int line) {
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private DocumentParser() {
    }

    /** Parses {@code text}, read from {@code where}; problems go to {@code findings}. */
    static List<Document> parse(String where, String text, Consumer<Finding> findings) {
        return YamlDocuments.parse(where, text, findings).stream()
                .filter(d -> !d.broken())
                .map(DocumentParser::plain)
                .toList();
    }

    private static Document plain(ParsedDocument document) {
        Object content = document.content() == null || document.content().isNull()
                ? null : PLAIN.convertValue(document.content(), Object.class);
        return new Document(content, document.line());
    }
}
