package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * No secret travels in plain text: no literal {@code value} for an environment variable whose name says it
 * is a secret (password, secret, token, API key, private key, credential), no ConfigMap key of that kind,
 * no URL with a password ({@code https://user:pass@host}) and no PEM private key in either; and no
 * environment variable is defined twice in one container (the last silently wins). Names are judged, not
 * values, except for the two unmistakable shapes; {@code valueFrom.secretKeyRef} is the fix.
 */
public final class NoSecretsInEnv implements PolicyRule {

    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(passw(or)?d|passwd|secret|token|api[_-]?key|private[_-]?key|credential).*");
    static final Pattern SECRET_VALUE = Pattern.compile("(?s).*(://[^/\\s:@]+:[^/\\s@]+@|-----BEGIN [A-Z ]*PRIVATE KEY).*");

    @Override
    public String id() {
        return "no-secrets-in-env";
    }

    @Override
    public String summary() {
        return "no secret values in env or ConfigMaps; no duplicate env vars";
    }

    @Override
    public String peers() {
        return "KL env-var-secret, duplicate-env-var; Pol sensitiveContainerEnvVar, sensitiveConfigmapContent; CK 35";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : set.podTemplates()) {
            for (PodTemplate.Container container : pods.allContainers()) {
                JsonNode env = container.node().path("env");
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < env.size(); i++) {
                    String name = env.get(i).path("name").asText("");
                    String path = container.pointer() + "/env/" + i;
                    if (!seen.add(name)) {
                        findings.accept(violation(pods.owner(), path + "/name", PodRule.describe(container)
                                + " defines env " + name + " twice", "keep one definition; the last one wins"));
                    }
                    JsonNode value = env.get(i).path("value");
                    if (value.isTextual() && !value.asText().isEmpty() && secret(name, value.asText())) {
                        findings.accept(violation(pods.owner(), path + "/value", PodRule.describe(container)
                                + " env " + name + " holds a secret in plain text",
                                "read it from a Secret with valueFrom.secretKeyRef"));
                    }
                }
            }
        }
        for (Resource map : set.ofKind("ConfigMap")) {
            map.body().path("data").properties().forEach(entry -> {
                if (secret(entry.getKey(), entry.getValue().asText(""))) {
                    findings.accept(violation(map, "/data/" + entry.getKey().replace("~", "~0").replace("/", "~1"),
                            "ConfigMap `" + map.name() + "` key " + entry.getKey() + " holds a secret in plain text",
                            "move it to a Secret"));
                }
            });
        }
    }

    private static boolean secret(String name, String value) {
        return SECRET_NAME.matcher(name).matches() || SECRET_VALUE.matcher(value).matches();
    }
}
