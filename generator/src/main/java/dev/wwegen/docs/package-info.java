/**
 * Docs: the architecture page regenerated from the model — the connections table, the data-flow and
 * connection diagrams (Mermaid, PlantUML, Graphviz DOT, SVG, PNG), JSON, CSV, Markdown and HTML.
 *
 * <p>Pure: {@link dev.wwegen.docs.DocsRenderer} returns relative path → bytes and never touches the
 * disk; package {@code emit} writes them, and the SVGs an earlier run wrote come in through
 * {@link dev.wwegen.docs.EarlierFiles}, read by the pipeline. A new output format is a new writer class
 * beside the others.
 * Every writer reads one {@link dev.wwegen.docs.Topology} or {@link dev.wwegen.docs.ConnectionRow}
 * list, so the table and both diagrams cannot disagree.
 */
package dev.wwegen.docs;
