package dev.wwegen.diff;

import java.io.PrintWriter;

/** Prints a {@link DiffReport} in one output format; one implementation per format. */
public interface DiffWriter {

    void write(DiffReport report, PrintWriter out);
}
