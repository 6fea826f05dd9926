package dev.wwegen.verify.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.model.ValidationFinding;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * SARIF 2.1.0, for code-scanning UIs: one run of the tool {@code wwegen}, a rule per distinct rule id
 * ({@code layer/rule}), and a result per finding with its file and line (error, warning or note).
 */
public final class SarifReportWriter implements ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "wwegen");
        driver.put("informationUri", "https://github.com/wwegen/wwegen");
        Set<String> ids = new LinkedHashSet<>();
        report.findings().forEach(f -> ids.add(id(f)));
        ArrayNode rules = driver.putArray("rules");
        ids.forEach(id -> rules.addObject().put("id", id).putObject("shortDescription").put("text", id));
        ArrayNode results = run.putArray("results");
        for (ValidationFinding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", id(f));
            result.put("level", f.severity() == Severity.ERROR ? "error" : f.severity() == Severity.WARNING
                    ? "warning" : "note");
            String object = f.object().isNone() ? "" : f.object() + " ";
            String path = f.finding().path().isEmpty() ? "" : f.finding().path() + ": ";
            String hint = f.finding().hint().isEmpty() ? "" : " (hint: " + f.finding().hint() + ")";
            result.putObject("message").put("text", object + path + f.finding().reason() + hint);
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", f.file());
            if (f.line() > 0) {
                location.putObject("region").put("startLine", f.line());
            }
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static String id(ValidationFinding f) {
        return f.rule().equals(f.layer().word()) ? f.rule() : f.layer().word() + "/" + f.rule();
    }
}
