package dev.wwegen.diff;

import java.io.PrintWriter;
import java.util.Map;

/** Prints a {@link DiffReport} in one output format; one implementation per format. */
public interface DiffWriter {

    void write(DiffReport report, PrintWriter out);

    /** The line that opens one section of a multi-profile report, e.g. {@code === profile prod ===}. */
    String heading(String section);

    /** Prints one report per section (profile), in the map's order, each under its {@link #heading}. */
    default void write(Map<String, DiffReport> sections, PrintWriter out) {
        boolean first = true;
        for (Map.Entry<String, DiffReport> section : sections.entrySet()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(heading(section.getKey()));
            out.println();
            write(section.getValue(), out);
        }
    }
}
