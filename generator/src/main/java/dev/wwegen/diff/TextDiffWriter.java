package dev.wwegen.diff;

import dev.wwegen.text.TerminalText;

import java.io.PrintWriter;

/**
 * Text output with a unified-diff feel: one line per object ({@code +} added, {@code -} removed, {@code ~}
 * changed), then its fields indented under it, a changed value as a {@code -} line and a {@code +} line;
 * then the architecture notes and a summary line. Colour comes from the {@link Palette}.
 * <pre>
 * ~ Deployment.apps wwe/wwe
 * -   spec.replicas: 3
 * +   spec.replicas: 4
 * + ConfigMap wwe/extra
 *
 * architecture:
 *   replicas 3 → 4
 *
 * 1 changed, 1 added, 0 removed, 6 unchanged
 * </pre>
 */
public final class TextDiffWriter implements DiffWriter {

    private final Palette palette;

    public TextDiffWriter(Palette palette) {
        this.palette = palette;
    }

    @Override
    public String heading(String section) {
        return palette.paint(palette.bold(), "=== profile " + TerminalText.visible(section) + " ===");
    }

    @Override
    public void write(DiffReport report, PrintWriter out) {
        for (ObjectDiff object : report.objects()) {
            switch (object.status()) {
                case ADDED -> out.println(palette.paint(palette.added(), "+ " + TerminalText.visible(object.key().toString())));
                case REMOVED -> out.println(palette.paint(palette.removed(), "- " + TerminalText.visible(object.key().toString())));
                default -> {
                    out.println(palette.paint(palette.changed(), "~ " + TerminalText.visible(object.key().toString())));
                    object.changes().forEach(change -> field(change, out));
                }
            }
        }
        if (!report.architecture().isEmpty()) {
            out.println();
            out.println(palette.paint(palette.bold(), "architecture:"));
            report.architecture().forEach(note -> out.println("  " + TerminalText.visible(note)));
        }
        if (!report.isEmpty()) {
            out.println();
        }
        out.println(report.summaryLine());
    }

    private void field(FieldChange change, PrintWriter out) {
        for (FieldLines.Line line : FieldLines.of(change)) {
            String colour = switch (line.sign()) {
                case '+' -> palette.added();
                case '-' -> palette.removed();
                default -> palette.changed();
            };
            out.println(palette.paint(colour, line.sign() + "   " + TerminalText.visible(line.text())));
        }
    }
}
