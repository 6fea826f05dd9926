package dev.wwegen.docs;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.resolve.Release;

import java.util.List;
import java.util.Locale;

/**
 * Writes {@code connections.json} for other tools: the architecture's name, the profile when there is
 * one, and every connection with both the page's labels and the model's names. Written by hand, with
 * fixed key order, two-space indent and {@code \n}, so the bytes never depend on a JSON library's
 * defaults or the platform's line separator.
 */
public final class ConnectionsJsonWriter {

    public String write(Architecture architecture, Release release) {
        StringBuilder out = new StringBuilder("{\n");
        field(out, 1, "architecture", string(architecture.name()), true);
        field(out, 1, "label", string(architecture.label()), true);
        field(out, 1, "profile", release == null ? "null" : string(release.profile()), true);
        out.append("  \"connections\": [");
        List<ConnectionRow> rows = ConnectionRow.of(architecture);
        for (int i = 0; i < rows.size(); i++) {
            ConnectionRow r = rows.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(out, 3, "number", String.valueOf(r.number()), true);
            field(out, 3, "source", string(r.source()), true);
            field(out, 3, "sourceName", string(r.sourceName()), true);
            field(out, 3, "destination", string(r.destination()), true);
            field(out, 3, "destinationName", string(r.destinationName()), true);
            field(out, 3, "protocol", string(r.protocol()), true);
            field(out, 3, "port", String.valueOf(r.port()), true);
            field(out, 3, "classification", string(r.classification()), true);
            field(out, 3, "flow", string(r.flow().toLowerCase(Locale.ROOT).replace('_', '-')), true);
            field(out, 3, "route", string(r.route().toLowerCase(Locale.ROOT).replace('_', '-')), true);
            field(out, 3, "data", string(r.data()), false);
            out.append("    }");
        }
        out.append(rows.isEmpty() ? "]\n" : "\n  ]\n");
        return out.append("}\n").toString();
    }

    private static void field(StringBuilder out, int depth, String key, String json, boolean more) {
        out.append("  ".repeat(depth)).append(string(key)).append(": ").append(json).append(more ? ",\n" : "\n");
    }

    /** A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8). */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
