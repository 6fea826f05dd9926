package dev.wwegen.verify.report;

import dev.wwegen.text.TerminalText;

import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.model.ValidationFinding;

import java.io.PrintWriter;

/**
 * The human format: findings grouped under their file, each as
 * {@code  error  12  Deployment wwe/web /spec/replicas: reason [layer rule]} and its hint, then the summary
 * line. Colour (red errors, yellow warnings, cyan notices, bold files) only when asked, i.e. on a terminal.
 */
public final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private final boolean colour;

    public TextReportWriter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        String file = null;
        for (ValidationFinding finding : report.findings()) {
            if (!finding.file().equals(file)) {
                file = finding.file();
                out.println(paint("\u001b[1m", TerminalText.visible(file)));
            }
            out.println(line(finding));
            if (!finding.finding().hint().isEmpty()) {
                out.println("         hint: " + TerminalText.visible(finding.finding().hint()));
            }
        }
        out.println(TerminalText.visible(report.summary()));
        out.flush();
    }

    private String line(ValidationFinding f) {
        Severity severity = f.severity();
        String word = String.format("%-7s", severity.word());
        String colourCode = severity == Severity.ERROR ? "\u001b[31m" : severity == Severity.WARNING ? "\u001b[33m"
                : "\u001b[36m";
        StringBuilder text = new StringBuilder("  ").append(paint(colourCode, word)).append(f.line() > 0 ? f.line() : "-");
        if (!f.object().isNone()) {
            text.append("  ").append(TerminalText.visible(f.object().toString()));
        }
        text.append(' ');
        if (!f.finding().path().isEmpty()) {
            text.append(TerminalText.visible(f.finding().path())).append(": ");
        }
        text.append(TerminalText.visible(f.finding().reason())).append(" [").append(f.layer().word());
        if (!f.rule().equals(f.layer().word())) {
            text.append(' ').append(f.rule());
        }
        return text.append(']').toString();
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
