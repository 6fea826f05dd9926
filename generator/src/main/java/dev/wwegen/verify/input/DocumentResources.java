package dev.wwegen.verify.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.check.Severity;
import dev.wwegen.manifest.ParsedDocument;
import dev.wwegen.manifest.YamlDocuments;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.ObjectRef;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns one source's text into resources: parses it (shared {@link YamlDocuments}), skips empty
 * documents, expands {@code List} kinds, and reports documents that are not objects or lack apiVersion
 * or kind. A syntax finding is attached to the document it falls in, so it names the object when it can.
 */
final class DocumentResources {

    static final String RULE = "parse";

    private DocumentResources() {
    }

    static void read(Source source, Consumer<Resource> resources, Consumer<ValidationFinding> findings) {
        List<Finding> syntax = new ArrayList<>();
        List<ParsedDocument> documents = YamlDocuments.parse(source.name(), source.text(), syntax::add);
        for (Finding finding : syntax) {
            int line = lineOf(finding.where());
            // Only a document that was read and found broken (duplicate keys) holds its finding; a syntax error
            // stops reading, so it lies after every document read and belongs to none of them.
            ObjectRef object = documents.stream().filter(d -> d.broken() && d.line() <= line && d.content() != null)
                    .reduce((a, b) -> b)
                    .map(d -> Resource.inMemory(d.content(), source.name()).ref())
                    .orElse(ObjectRef.NONE);
            findings.accept(new ValidationFinding(Layer.PARSE, "yaml", finding, object.kind().isEmpty()
                    ? ObjectRef.NONE : object, source.name(), line));
        }
        for (ParsedDocument document : documents) {
            if (!document.broken()) {
                add(source.name(), document, document.content(), "", resources, findings);
            }
        }
    }

    private static void add(String file, ParsedDocument document, JsonNode content, String pointer,
                            Consumer<Resource> resources, Consumer<ValidationFinding> findings) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return;
        }
        Resource resource = new Resource(content, file, pointer.isEmpty() ? document : document.at(pointer));
        if (!content.isObject()) {
            findings.accept(ValidationFinding.about(Layer.PARSE, RULE, Severity.ERROR, resource, "",
                    "a manifest must be a mapping, found " + (content.isArray() ? "a list" : "the scalar " + content),
                    "each YAML document must be one Kubernetes object"));
            return;
        }
        String kind = content.path("kind").asText("");
        if (kind.endsWith("List") && content.path("items").isArray()) {
            for (int i = 0; i < content.path("items").size(); i++) {
                add(file, document, content.path("items").get(i), pointer + "/items/" + i, resources, findings);
            }
            return;
        }
        for (String field : List.of("apiVersion", "kind")) {
            if (!content.path(field).isTextual() || content.path(field).asText().isBlank()) {
                findings.accept(ValidationFinding.about(Layer.PARSE, RULE, Severity.ERROR, resource, "/" + field,
                        "missing " + field, "a Kubernetes object needs apiVersion and kind, e.g. apps/v1 and"
                                + " Deployment"));
                return;
            }
        }
        resources.accept(resource);
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile(":([0-9]+)(?::[0-9]+)?$");

    /** The line of a {@code file:line[:col]} position; 0 when it has none. */
    private static int lineOf(String where) {
        java.util.regex.Matcher m = POSITION.matcher(where);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
