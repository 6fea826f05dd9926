package dev.wwegen.verify.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Kubernetes label selection: a Service's plain {@code selector} map, or a {@code LabelSelector}
 * ({@code matchLabels} and {@code matchExpressions} with In, NotIn, Exists, DoesNotExist).
 */
public final class LabelSelector {

    private LabelSelector() {
    }

    /** Whether a plain {@code key: value} map selects {@code labels}; an empty map selects nothing here. */
    public static boolean mapSelects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> wanted : selector.properties()) {
            if (!labels.path(wanted.getKey()).asText("\u0000").equals(wanted.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a {@code LabelSelector} selects {@code labels}; an empty selector selects everything. */
    public static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        JsonNode matchLabels = selector.path("matchLabels");
        if (matchLabels.isObject() && !matchLabels.isEmpty() && !mapSelects(matchLabels, labels)) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            if (!matches(expression, labels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(JsonNode expression, JsonNode labels) {
        String key = expression.path("key").asText("");
        JsonNode value = labels.path(key);
        boolean present = value.isValueNode() && !value.isNull();
        boolean listed = false;
        for (JsonNode allowed : expression.path("values")) {
            listed |= present && allowed.asText().equals(value.asText());
        }
        return switch (expression.path("operator").asText("")) {
            case "In" -> listed;
            case "NotIn" -> !listed;
            case "Exists" -> present;
            case "DoesNotExist" -> !present;
            default -> false;
        };
    }

    /** Whether the selector names no label at all (selects every pod in the namespace). */
    public static boolean isEmpty(JsonNode selector) {
        return selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty();
    }
}
