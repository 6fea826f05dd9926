package dev.wwegen.verify.report;

import java.io.PrintWriter;

/** Writes a validation report in one format. */
public interface ReportWriter {

    void write(ValidationReport report, PrintWriter out);
}
