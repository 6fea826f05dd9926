package dev.wwegen.diff;

import dev.wwegen.text.MarkdownText;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown for a pull-request comment: a heading with the counts, a summary table of the objects that differ,
 * the architecture notes, then each changed object's fields in a collapsed {@code diff} block.
 */
public final class MarkdownDiffWriter implements DiffWriter {

    @Override
    public String heading(String section) {
        return "## Profile " + MarkdownText.code(section);
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
            out.println("| " + object.status().word() + " | " + MarkdownText.code(object.key().toString()) + " | " + fields
                    + " |");
        }
        if (!report.architecture().isEmpty()) {
            out.println();
            out.println("**Architecture**");
            out.println();
            report.architecture().forEach(note -> out.println("- " + MarkdownText.plain(note)));
        }
        for (ObjectDiff object : report.objects()) {
            if (object.status() == ObjectDiff.Status.CHANGED) {
                details(object, out);
            }
        }
    }

    private static void details(ObjectDiff object, PrintWriter out) {
        out.println();
        out.println("<details><summary>" + MarkdownText.code(object.key().toString()) + "</summary>");
        out.println();
        List<String> lines = new ArrayList<>();
        object.changes().forEach(change -> FieldLines.of(change).forEach(line -> lines.add(
                (line.sign() == '~' ? "! " : line.sign() + " ") + MarkdownText.codeLine(line.text()))));
        String fence = MarkdownText.fence(lines);
        out.println(fence + "diff");
        lines.forEach(out::println);
        out.println(fence);
        out.println();
        out.println("</details>");
    }
}
