package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pass of a manifest against a compiled schema, collecting every finding rather than stopping
 * at the first, so a user fixes a file in one go.
 *
 * <p>Paths are JSON pointers into the manifest ({@code /spec/template/spec/containers/0/name});
 * hints that have nothing more specific to say point at {@code kubectl explain}, whose dotted
 * field path is carried alongside.
 */
final class SchemaWalk {

    private static final int MAX_LISTED_FIELDS = 8;

    private final String where;
    private final List<Finding> findings = new ArrayList<>();

    SchemaWalk(String where) {
        this.where = where;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Checks {@code value} at {@code path}; {@code explain} is its {@code kubectl explain} path. */
    void value(JsonNode value, SchemaNode declared, String path, String explain) {
        SchemaNode schema = declared.resolve();
        if (value.isNull()) {
            // Null means "not set" to the API server; only a required field may not be null, see object().
            return;
        }
        switch (schema.type()) {
            case OBJECT -> object(value, schema, path, explain);
            case ARRAY -> array(value, schema, path, explain);
            case STRING -> string(value, schema, path, explain);
            case INTEGER -> expect(value.isIntegralNumber(), value, "integer", path, explain);
            case NUMBER -> expect(value.isNumber(), value, "number", path, explain);
            case BOOLEAN -> expect(value.isBoolean(), value, "boolean", path, explain);
            case INT_OR_STRING -> expect(value.isTextual() || value.isIntegralNumber(), value,
                    "integer or string", path, explain);
            case QUANTITY -> quantity(value, path, explain);
            case ANY, REF -> { }
        }
    }

    private void object(JsonNode value, SchemaNode schema, String path, String explain) {
        if (!expect(value.isObject(), value, "object", path, explain)) {
            return;
        }
        Map<String, SchemaNode> fields = schema.properties();
        for (String name : schema.required()) {
            if (value.path(name).isMissingNode() || value.path(name).isNull()) {
                SchemaNode field = fields.getOrDefault(name, SchemaNode.ANYTHING).resolve();
                String hint = field.allowed().isEmpty()
                        ? explainHint(explain + "." + name)
                        : "set it to one of " + String.join(", ", field.allowed());
                error(path + "/" + escape(name), "missing required field `" + name + "`", hint);
            }
        }
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String name = member.getKey();
            String memberPath = path + "/" + escape(name);
            SchemaNode field = fields.get(name);
            if (field != null) {
                value(member.getValue(), field, memberPath, explain + "." + name);
            } else if (schema.additional().isPresent()) {
                value(member.getValue(), schema.additional().get(), memberPath, explain);
            } else {
                error(memberPath, "unknown field `" + name + "`", unknownFieldHint(name, fields, explain));
            }
        }
    }

    private void array(JsonNode value, SchemaNode schema, String path, String explain) {
        if (!expect(value.isArray(), value, "array", path, explain)) {
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            value(value.get(i), schema.items(), path + "/" + i, explain);
        }
    }

    private void string(JsonNode value, SchemaNode schema, String path, String explain) {
        if (!expect(value.isTextual(), value, "string", path, explain)) {
            return;
        }
        List<String> allowed = schema.allowed();
        if (!allowed.isEmpty() && !allowed.contains(value.asText())) {
            String hint = ClosestName.to(value.asText(), allowed).map(s -> "did you mean `" + s + "`?").orElse("");
            error(path, show(value) + " is not one of " + String.join(", ", allowed), hint);
        }
    }

    private void quantity(JsonNode value, String path, String explain) {
        if (!expect(value.isTextual() || value.isNumber(), value, "quantity (string or number)", path, explain)) {
            return;
        }
        if (value.isTextual() && !QuantityFormat.isValid(value.asText())) {
            String hint = QuantityFormat.suggestionFor(value.asText())
                    .map(s -> "did you mean `" + s + "`?")
                    .orElse("write a number with an optional suffix: m, k, M, G, Ki, Mi, Gi (e.g. 500m, 128Mi, 1.5)");
            error(path, show(value) + " is not a quantity", hint);
        }
    }

    /** Reports a type error unless {@code ok}; returns {@code ok} so callers can stop descending. */
    private boolean expect(boolean ok, JsonNode value, String want, String path, String explain) {
        if (!ok) {
            error(path, "got " + describe(value) + ", want " + want, typeHint(value, want, explain));
        }
        return ok;
    }

    private static String typeHint(JsonNode value, String want, String explain) {
        String text = value.asText();
        if (value.isTextual() && (want.equals("integer") && text.matches("[+-]?[0-9]+")
                || want.equals("number") && text.matches("[+-]?[0-9]+(\\.[0-9]+)?")
                || want.equals("boolean") && (text.equals("true") || text.equals("false")))) {
            return "write " + text + " without quotes";
        }
        if (want.equals("string") && value.isValueNode()) {
            return "quote it: \"" + text + "\"";
        }
        return explainHint(explain);
    }

    private static String unknownFieldHint(String name, Map<String, SchemaNode> fields, String explain) {
        return ClosestName.to(name, fields.keySet())
                .map(s -> "did you mean `" + s + "`?")
                .orElseGet(() -> fields.size() <= MAX_LISTED_FIELDS && !fields.isEmpty()
                        ? "known fields: " + String.join(", ", fields.keySet())
                        : explainHint(explain));
    }

    private static String explainHint(String explain) {
        return "see `kubectl explain " + explain + "`";
    }

    private void error(String path, String reason, String hint) {
        findings.add(Finding.error(where, path, reason, hint));
    }

    /** "string \"3\"", "integer 1", "object": the JSON type, and the value when it is short enough to read. */
    static String describe(JsonNode value) {
        String type = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                : value.isBoolean() ? "boolean" : value.isObject() ? "object" : value.isArray() ? "array" : "null";
        return value.isValueNode() && !value.isNull() ? type + " " + show(value) : type;
    }

    private static String show(JsonNode value) {
        String json = value.toString();
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }

    /** JSON pointer escaping (RFC 6901), needed for label keys such as {@code app.kubernetes.io/name}. */
    static String escape(String segment) {
        return segment.indexOf('~') < 0 && segment.indexOf('/') < 0
                ? segment
                : segment.replace("~", "~0").replace("/", "~1");
    }
}
