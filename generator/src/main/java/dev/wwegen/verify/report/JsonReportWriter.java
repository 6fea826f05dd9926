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

/**
 * The machine format: {@code {"findings": [{severity, layer, rule, file, line, object, path, message, hint}],
 * "summary": {errors, warnings, notices, objects, inputs, kubeconform}}}, keys in that order.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (ValidationFinding f : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("severity", f.severity().word());
            node.put("layer", f.layer().word());
            node.put("rule", f.rule());
            node.put("file", f.file());
            node.put("line", f.line());
            ObjectNode object = node.putObject("object");
            object.put("apiVersion", f.object().apiVersion());
            object.put("kind", f.object().kind());
            object.put("namespace", f.object().namespace());
            object.put("name", f.object().name());
            node.put("path", f.finding().path());
            node.put("message", f.finding().reason());
            node.put("hint", f.finding().hint());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("notices", report.count(Severity.INFO));
        summary.put("objects", report.resources().size());
        summary.put("inputs", report.inputs());
        summary.put("kubeconform", report.kubeconform());
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
