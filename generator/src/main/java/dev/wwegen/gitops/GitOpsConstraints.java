package dev.wwegen.gitops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.dsl.check.Severity;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The constraints of the Argo CD and Flux kinds that a structural schema does not carry (string patterns,
 * lengths, CEL rules such as "either chart or chartRef"), as wwegen's own data in
 * {@code wwegen/gitops/resources.json} ({@code constraints}, each naming the reference it follows). Each is
 * proven on a good and a bad object in {@code GitOpsConstraintsTest}.
 */
public final class GitOpsConstraints {

    /** The rule id in reports. */
    public static final String RULE = "gitops-constraints";

    private GitOpsConstraints() {
    }

    public static List<ValidationFinding> check(List<Resource> resources) {
        List<ValidationFinding> findings = new ArrayList<>();
        for (Resource resource : resources) {
            String kind = resource.body().path("apiVersion").asText() + "/" + resource.kind();
            for (JsonNode constraint : GitOpsSchemas.constraints()) {
                if (constraint.path("kind").asText().equals(kind)) {
                    at(resource, resource.body(), constraint.path("path").asText().substring(1).split("/"), 0, "",
                            constraint, findings);
                }
            }
        }
        return findings;
    }

    private static void at(Resource resource, JsonNode node, String[] steps, int i, String pointer, JsonNode constraint,
                           List<ValidationFinding> findings) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (i == steps.length) {
            apply(resource, node, pointer, constraint, findings);
        } else if (steps[i].equals("*")) {
            for (int k = 0; k < node.size(); k++) {
                at(resource, node.path(k), steps, i + 1, pointer + "/" + k, constraint, findings);
            }
        } else {
            at(resource, node.path(steps[i]), steps, i + 1, pointer + "/" + steps[i], constraint, findings);
        }
    }

    private static void apply(Resource resource, JsonNode node, String pointer, JsonNode c,
                              List<ValidationFinding> findings) {
        String hint = c.path("hint").asText() + " (" + c.path("source").asText() + ")";
        if (c.has("pattern") && node.isTextual() && !Pattern.compile(c.path("pattern").asText()).matcher(node.asText()).find()) {
            findings.add(finding(resource, pointer, "\"" + node.asText() + "\" does not match " + c.path("pattern").asText(), hint));
        }
        if (c.has("maxLength") && node.isTextual() && node.asText().length() > c.path("maxLength").asInt()) {
            findings.add(finding(resource, pointer, "longer than " + c.path("maxLength").asInt() + " characters", hint));
        }
        if (c.has("enum") && node.isTextual()) {
            boolean known = false;
            for (JsonNode allowed : c.path("enum")) {
                known |= allowed.asText().equals(node.asText());
            }
            if (!known) {
                findings.add(finding(resource, pointer, "\"" + node.asText() + "\" is not one of " + c.path("enum"), hint));
            }
        }
        for (String rule : List.of("exactlyOneOf", "atMostOneOf")) {
            if (c.has(rule) && node.isObject()) {
                List<String> present = new ArrayList<>();
                c.path(rule).forEach(f -> {
                    if (node.has(f.asText())) {
                        present.add(f.asText());
                    }
                });
                if (present.size() > 1 || rule.equals("exactlyOneOf") && present.isEmpty()) {
                    findings.add(finding(resource, pointer, (present.isEmpty() ? "none" : String.join(" and ", present))
                            + " of " + c.path(rule) + " set; " + (rule.equals("exactlyOneOf") ? "exactly one" : "at most one")
                            + " must be", hint));
                }
            }
        }
    }

    private static ValidationFinding finding(Resource resource, String pointer, String reason, String hint) {
        return ValidationFinding.about(Layer.SCHEMA, RULE, Severity.ERROR, resource, pointer, resource.kind() + " `"
                + resource.name() + "`: " + reason, hint);
    }
}
