package dev.wwegen.diff;

import java.io.PrintWriter;

/**
 * Markdown for a pull-request comment: a heading with the counts, a summary table of the objects that differ,
 * the architecture notes, then each changed object's fields in a collapsed {@code diff} block.
 */
public final class MarkdownDiffWriter implements DiffWriter {

    @Override
    public String heading(String section) {
        return "## Profile `" + section + "`";
    }

    @Override
    public void write(DiffReport report, PrintWriter out) {
        if (report.isEmpty()) {
            out.println("### wwegen diff: no differences");
            out.println();
            out.println(report.summaryLine());
            return;
        }
        out.println("### wwegen diff: " + report.summaryLine());
        out.println();
        out.println("| Change | Object | Fields |");
        out.println("|---|---|---|");
        for (ObjectDiff object : report.objects()) {
            String fields = object.status() == ObjectDiff.Status.CHANGED ? String.valueOf(object.changes().size()) : "";
            out.println("| " + object.status().word() + " | `" + object.key() + "` | " + fields + " |");
        }
        if (!report.architecture().isEmpty()) {
            out.println();
            out.println("**Architecture**");
            out.println();
            report.architecture().forEach(note -> out.println("- " + note));
        }
        for (ObjectDiff object : report.objects()) {
            if (object.status() == ObjectDiff.Status.CHANGED) {
                details(object, out);
            }
        }
    }

    private static void details(ObjectDiff object, PrintWriter out) {
        out.println();
        out.println("<details><summary><code>" + object.key() + "</code></summary>");
        out.println();
        out.println("```diff");
        object.changes().forEach(change -> FieldLines.of(change)
                .forEach(line -> out.println(line.sign() == '~' ? "! " + line.text() : line.sign() + " " + line.text())));
        out.println("```");
        out.println();
        out.println("</details>");
    }
}
