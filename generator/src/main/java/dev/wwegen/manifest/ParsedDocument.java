package dev.wwegen.manifest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One document of a file: its content as a JSON tree, the line it starts on, and (for YAML) a way to find
 * the line of any field, used only for the few fields a finding is about.
 *
 * <p>Lines are found lazily: a document keeps no YAML node tree (SnakeYAML's marks hold on to the reader's
 * buffers, which made a large run's heap many times the size of its input). The first time a field's line
 * is asked for, the file's text is composed again and reduced to a compact {@link LineIndex} per document;
 * a run without findings never pays for it.
 */
public final class ParsedDocument {

    private final JsonNode content;
    private final int line;
    private final boolean broken;
    private final SourceLines lines;
    private final int index;
    private final String base;

    /**
     * A document whose field lines are unknown (JSON input, an object built in memory): every field is on
     * the document's line.
     *
     * @param content the document; {@code null} for an empty document
     * @param line    1-based line where the document starts; 0 when unknown
     * @param broken  whether the document had a problem (such as a duplicate key) and was read leniently
     */
    public ParsedDocument(JsonNode content, int line, boolean broken) {
        this(content, line, broken, null, -1, "");
    }

    /**
     * @param lines the file the document is in, for the lines of its fields
     * @param index the document's position in the file (0 for the first)
     * @param base  JSON pointer of this part in the document ("" for the whole document, {@code /items/3}
     *              for an item of a {@code List})
     */
    ParsedDocument(JsonNode content, int line, boolean broken, SourceLines lines, int index, String base) {
        this.content = content;
        this.line = line;
        this.broken = broken;
        this.lines = lines;
        this.index = index;
        this.base = base;
    }

    /** The document; {@code null} for an empty document. */
    public JsonNode content() {
        return content;
    }

    /** 1-based line where the document (or this part of it) starts; 0 when unknown. */
    public int line() {
        return line >= 0 ? line : lineOf("");
    }

    /** Whether the document had a problem (such as a duplicate key) and was read leniently. */
    public boolean broken() {
        return broken;
    }

    /**
     * The 1-based line of the field at a JSON pointer ({@code /spec/template/spec/containers/0}); for a
     * field that does not exist, the line of its nearest existing parent; the document's line when the
     * lines of fields are not known.
     */
    public int lineOf(String pointer) {
        if (lines == null) {
            return line;
        }
        LineIndex index = lines.document(this.index);
        if (index == null) {
            return Math.max(line, 0);
        }
        if (base.isEmpty()) {
            return index.lineOf(pointer);
        }
        return pointer.isEmpty() ? index.lineOf(base) : index.deepest(base).lineOf(pointer);
    }

    /** The part of this document at a JSON pointer (a List's item), keeping its lines. */
    public ParsedDocument at(String pointer) {
        if (lines == null) {
            return new ParsedDocument(content.at(pointer), line, broken);
        }
        // The part's own line is looked up only when asked for, so expanding a List costs no re-parse.
        return new ParsedDocument(content.at(pointer), -1, broken, lines, index, base + pointer);
    }
}
