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
    private final boolean customResource;
    private final List<Finding> findings = new ArrayList<>();
    /*
     * The current JSON pointer and kubectl explain path, appended to on the way down and cut back on the way
     * up: most fields have no finding, so their paths are never made into strings.
     */
    private final StringBuilder path = new StringBuilder();
    private final StringBuilder explain = new StringBuilder();

    SchemaWalk(String where) {
        this(where, false);
    }

    /**
     * @param customResource whether the object is a custom resource: the API server then rejects a null list item
     *                       that its schema does not declare nullable (a built-in kind decodes it as an empty value)
     */
    SchemaWalk(String where, boolean customResource) {
        this.where = where;
        this.customResource = customResource;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Checks {@code value} at {@code path}; {@code explain} is its {@code kubectl explain} path. */
    void value(JsonNode value, SchemaNode declared, String path, String explain) {
        this.path.setLength(0);
        this.path.append(path);
        this.explain.setLength(0);
        this.explain.append(explain);
        value(value, declared);
    }

    private void value(JsonNode value, SchemaNode declared) {
        SchemaNode schema = declared.resolve();
        if (value.isNull()) {
            // Null means "not set" to the API server; only a required field may not be null, see object().
            return;
        }
        switch (schema.type()) {
            case OBJECT -> object(value, schema);
            case ARRAY -> array(value, schema);
            case STRING -> string(value, schema);
            case INTEGER -> expect(value.isIntegralNumber(), value, "integer");
            case NUMBER -> expect(value.isNumber(), value, "number");
            case BOOLEAN -> expect(value.isBoolean(), value, "boolean");
            case INT_OR_STRING -> expect(value.isTextual() || value.isIntegralNumber(), value, "integer or string");
            case QUANTITY -> quantity(value);
            case ANY, REF -> { }
        }
    }

    private void object(JsonNode value, SchemaNode schema) {
        if (!expect(value.isObject(), value, "object")) {
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
        int pathLength = path.length();
        int explainLength = explain.length();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String name = member.getKey();
            appendEscaped(path.append('/'), name);
            SchemaNode field = fields.get(name);
            if (field != null) {
                explain.append('.').append(name);
                value(member.getValue(), field);
                explain.setLength(explainLength);
            } else if (schema.additional().isPresent()) {
                value(member.getValue(), schema.additional().get());
            } else {
                error(path.toString(), "unknown field `" + name + "`",
                        unknownFieldHint(name, fields, explain.toString()));
            }
            path.setLength(pathLength);
        }
    }

    private void array(JsonNode value, SchemaNode schema) {
        if (!expect(value.isArray(), value, "array")) {
            return;
        }
        int pathLength = path.length();
        for (int i = 0; i < value.size(); i++) {
            path.append('/').append(i);
            JsonNode item = value.get(i);
            if (item.isNull() && customResource) {
                nullItem(item, schema.items().resolve());
            } else {
                value(item, schema.items());
            }
            path.setLength(pathLength);
        }
    }

    /** A null list item of a custom resource: "must be of type ..." on the API server, unless declared nullable. */
    private void nullItem(JsonNode item, SchemaNode schema) {
        String want = switch (schema.type()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case INT_OR_STRING -> "integer or string";
            case QUANTITY -> "quantity (string or number)";
            case ANY, REF -> "";
        };
        if (!want.isEmpty() && !schema.nullable()) {
            error(path.toString(), "got null, want " + want, "give the list item a value, or remove it: the API server"
                    + " rejects a null item in a custom resource's list");
        }
    }

    private void string(JsonNode value, SchemaNode schema) {
        if (!expect(value.isTextual(), value, "string")) {
            return;
        }
        List<String> allowed = schema.allowed();
        if (!allowed.isEmpty() && !allowed.contains(value.asText())) {
            String hint = ClosestName.to(value.asText(), allowed).map(s -> "did you mean `" + s + "`?").orElse("");
            error(path.toString(), show(value) + " is not one of " + String.join(", ", allowed), hint);
        }
    }

    private void quantity(JsonNode value) {
        if (!expect(value.isTextual() || value.isNumber(), value, "quantity (string or number)")) {
            return;
        }
        if (value.isTextual() && !QuantityFormat.isValid(value.asText())) {
            String hint = QuantityFormat.suggestionFor(value.asText())
                    .map(s -> "did you mean `" + s + "`?")
                    .orElse("write a number with an optional suffix: m, k, M, G, Ki, Mi, Gi (e.g. 500m, 128Mi, 1.5)");
            error(path.toString(), show(value) + " is not a quantity", hint);
        }
    }

    /** Reports a type error unless {@code ok}; returns {@code ok} so callers can stop descending. */
    private boolean expect(boolean ok, JsonNode value, String want) {
        if (!ok) {
            error(path.toString(), "got " + describe(value) + ", want " + want, typeHint(value, want, explain.toString()));
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

    /** Appends {@code segment} to {@code to}, escaped as {@link #escape} does. */
    private static void appendEscaped(StringBuilder to, String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '~') {
                to.append("~0");
            } else if (c == '/') {
                to.append("~1");
            } else {
                to.append(c);
            }
        }
    }
}
