package dev.wwegen.docs;

import dev.wwegen.dsl.model.Architecture;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code connections.csv}: the page's seven columns with its headings, one row per connection
 * in number order, RFC 4180 quoting and CRLF line ends (what spreadsheet tools expect).
 */
public final class ConnectionsCsvWriter {

    public String write(Architecture architecture) {
        StringBuilder out = new StringBuilder(line(ConnectionRow.COLUMNS));
        ConnectionRow.of(architecture).forEach(r -> out.append(line(r.cells())));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ConnectionsCsvWriter::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quoted only when needed: a comma, a quote or a line break inside. */
    static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
