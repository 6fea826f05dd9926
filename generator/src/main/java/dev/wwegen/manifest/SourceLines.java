package dev.wwegen.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * The field lines of one YAML text's documents, found only when first asked for: the text is composed
 * again (with the same options, so the documents are the same ones) and each document reduced to a
 * {@link LineIndex}. Thread-safe; the documents of one file share one instance.
 */
final class SourceLines {

    private String text;
    private volatile List<LineIndex> documents;

    SourceLines(String text) {
        this.text = text;
    }

    /** The line index of the document at {@code index}; {@code null} if there is none. */
    LineIndex document(int index) {
        List<LineIndex> indexed = documents;
        if (indexed == null) {
            indexed = index();
        }
        return index < indexed.size() ? indexed.get(index) : null;
    }

    private synchronized List<LineIndex> index() {
        if (documents == null) {
            List<LineIndex> indexed = new ArrayList<>();
            YamlDocuments.compose(text, (node, content, problems) -> indexed.add(LineIndex.of(node)),
                    e -> { }, (e, mark) -> { });
            documents = List.copyOf(indexed);
            text = null;
        }
        return documents;
    }
}
