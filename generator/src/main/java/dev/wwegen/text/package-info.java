/**
 * Text at wwegen's edges, in one place: reading input with bounds ({@link dev.wwegen.text.InputText}: size,
 * line length, strict UTF-8, each problem named with file, line and the limit) and writing untrusted text
 * into an output format, one escaping rule per format: {@link dev.wwegen.text.TerminalText} (control
 * characters shown visibly), {@link dev.wwegen.text.XmlText} (XML 1.0 characters only),
 * {@link dev.wwegen.text.MarkdownText} (HTML and table-safe markdown). JSON is escaped by Jackson. Every
 * writer of text, JSON, JUnit, SARIF and markdown output uses these; nothing here depends on the rest of
 * wwegen.
 */
package dev.wwegen.text;
