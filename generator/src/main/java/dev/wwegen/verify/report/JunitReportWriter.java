package dev.wwegen.verify.report;

import dev.wwegen.text.XmlText;

import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test reports: one test suite per file, one test case per object (named
 * {@code Kind namespace/name}), failed by its error findings; findings about no object (syntax errors)
 * get a test case named after the file. Warnings and notices go to the case's system-out.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        Map<String, Map<String, List<ValidationFinding>>> suites = new LinkedHashMap<>();
        for (Resource resource : report.resources()) {
            suites.computeIfAbsent(resource.file(), f -> new LinkedHashMap<>())
                    .computeIfAbsent(resource.ref().toString(), n -> new ArrayList<>());
        }
        for (ValidationFinding finding : report.findings()) {
            String name = finding.object().isNone() ? finding.file() : finding.object().toString();
            suites.computeIfAbsent(finding.file(), f -> new LinkedHashMap<>())
                    .computeIfAbsent(name, n -> new ArrayList<>()).add(finding);
        }
        long tests = suites.values().stream().mapToLong(Map::size).sum();
        long failures = suites.values().stream().flatMap(s -> s.values().stream())
                .filter(c -> c.stream().anyMatch(ValidationFinding::isError)).count();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"wwegen validate\" tests=\"" + tests + "\" failures=\"" + failures + "\">");
        suites.forEach((file, cases) -> suite(out, file, cases));
        out.println("</testsuites>");
        out.flush();
    }

    private static void suite(PrintWriter out, String file, Map<String, List<ValidationFinding>> cases) {
        long failures = cases.values().stream().filter(c -> c.stream().anyMatch(ValidationFinding::isError)).count();
        out.println("  <testsuite name=\"" + xml(file) + "\" tests=\"" + cases.size() + "\" failures=\"" + failures
                + "\">");
        cases.forEach((name, findings) -> {
            out.print("    <testcase classname=\"" + xml(file) + "\" name=\"" + xml(name) + "\"");
            if (findings.isEmpty()) {
                out.println("/>");
                return;
            }
            out.println(">");
            StringBuilder notes = new StringBuilder();
            for (ValidationFinding f : findings) {
                if (f.isError()) {
                    out.println("      <failure type=\"" + f.layer().word() + "/" + xml(f.rule()) + "\" message=\""
                            + xml(f.finding().path() + ": " + f.finding().reason()) + "\">"
                            + XmlText.content(f.finding().format()) + "</failure>");
                } else {
                    notes.append(f.finding().format()).append('\n');
                }
            }
            if (notes.length() > 0) {
                out.println("      <system-out>" + XmlText.content(notes.toString()) + "</system-out>");
            }
            out.println("    </testcase>");
        });
        out.println("  </testsuite>");
    }

    private static String xml(String text) {
        return XmlText.attribute(text);
    }
}
