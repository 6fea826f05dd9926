package dev.wwegen.chart;

import dev.wwegen.emit.YamlWriter;

import java.util.List;
import java.util.Map;

/**
 * Writes the chart's values.yaml: every key in the tree's order with a helm-docs {@code # --} comment
 * above it. Keys and values go through {@link YamlWriter}, so any string (quotes, {@code #}, {@code : },
 * line breaks, non-ASCII) is written as data; comments are the fixed texts of {@link ValueDocs}.
 */
final class ValuesFileWriter {

    private static final YamlWriter YAML = new YamlWriter();

    private ValuesFileWriter() {
    }

    static String write(Map<String, Object> values, List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        section(out, values, "", 0);
        return out.toString();
    }

    private static void section(StringBuilder out, Map<String, Object> values, String prefix, int indent) {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            String doc = ValueDocs.of(path).orElseThrow(() -> new IllegalStateException(
                    "values key " + path + " has no description in ValueDocs"));
            String pad = " ".repeat(indent);
            if (indent == 0 && out.length() > 0) {
                out.append('\n');
            }
            out.append(pad).append("# -- ").append(comment(doc)).append('\n');
            if (ValueDocs.isSection(path) && entry.getValue() instanceof Map<?, ?> map) {
                out.append(pad).append(YAML.write(Map.of(entry.getKey(), Map.of())).replace(" {}", ""));
                @SuppressWarnings("unchecked")
                Map<String, Object> children = (Map<String, Object>) map;
                section(out, children, path, indent + 2);
            } else {
                for (String line : YAML.write(Map.of(entry.getKey(), entry.getValue())).split("\n", -1)) {
                    if (!line.isEmpty()) {
                        out.append(pad).append(line).append('\n');
                    }
                }
            }
        }
    }

    /** A comment is one line: line breaks in a description would end the comment. */
    static String comment(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
    }
}
