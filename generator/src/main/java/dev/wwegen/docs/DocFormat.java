package dev.wwegen.docs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The formats {@code wwegen docs --format} selects; each names the files it produces. */
public enum DocFormat {
    /** {@code architecture.md}: introduction, table, both diagrams as Mermaid, SVG links, object mapping. */
    MARKDOWN,
    /** {@code data-flows.svg}, {@code connections.svg}, rendered by PlantUML. */
    SVG,
    /** {@code data-flows.png}, {@code connections.png}; not in the defaults. */
    PNG,
    /** {@code data-flows.mmd}, {@code connections.mmd}. */
    MERMAID,
    /** {@code data-flows.puml}, {@code connections.puml}. */
    PLANTUML,
    /** {@code data-flows.dot}, {@code connections.dot} (Graphviz). */
    DOT,
    /** {@code connections.json}. */
    JSON,
    /** {@code connections.csv}. */
    CSV,
    /** {@code architecture.html}: one self-contained page, SVGs inline. */
    HTML;

    /** Everything except PNG, which is on request only. */
    public static Set<DocFormat> defaults() {
        return EnumSet.complementOf(EnumSet.of(PNG));
    }

    /** The name on the command line, e.g. {@code markdown}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses one name from {@code --format}; the message lists the valid names. */
    public static DocFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.optionName().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("format '" + name + "' is not one of "
                        + Arrays.stream(values()).map(DocFormat::optionName).collect(Collectors.joining(", "))));
    }
}
