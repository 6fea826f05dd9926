package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules that relate several keys of a merged profile: required values, image pinning, autoscaling
 * bounds, limits against requests, toleration fields. Each finding points at the file that set the
 * value most likely to be wrong.
 */
final class CrossFieldRules {

    private final TreeValues values;
    private final Locations locations;
    private final List<Finding> findings;

    CrossFieldRules(TreeValues values, Locations locations, List<Finding> findings) {
        this.values = values;
        this.locations = locations;
        this.findings = findings;
    }

    void check() {
        requiredValues();
        new RouteRules(values, locations, findings).check();
        imagePinning();
        autoscaling();
        for (String kind : List.of("cpu", "memory", "ephemeralStorage")) {
            limitCoversRequest(kind);
        }
        List<?> tolerations = (List<?>) values.get("tolerations");
        for (int i = 0; tolerations != null && i < tolerations.size(); i++) {
            toleration("tolerations[" + i + "]", (Map<?, ?>) tolerations.get(i));
        }
    }

    private void requiredValues() {
        if (values.get("ingress.host") == null) {
            missing("ingress.host", "no host is set", "set the host agents open, e.g. host: wwe.example.com");
        }
    }

    private void imagePinning() {
        Object policy = values.get("image.pullPolicy");
        if (!"Always".equals(policy) && values.get("image.digest") == null) {
            error("image.pullPolicy", policy + " needs image.digest",
                    "a tag can be pushed again, so a cached image may be stale; pin image.digest or use Always");
        }
    }

    private void autoscaling() {
        long min = (Long) values.get("autoscaling.minReplicas");
        long max = (Long) values.get("autoscaling.maxReplicas");
        if (min >= max) {
            error("autoscaling.minReplicas", "minReplicas " + min + " is not less than maxReplicas " + max,
                    "lower minReplicas or raise maxReplicas");
        } else if (Boolean.TRUE.equals(values.get("autoscaling.enabled")) && min < 2) {
            findings.add(Finding.warning(locations.of("autoscaling.minReplicas"), "autoscaling.minReplicas",
                    "the autoscaler may scale WWE down to 1 replica",
                    "set minReplicas to 2 or more so one pod restart does not cut agents off"));
        }
    }

    private void limitCoversRequest(String kind) {
        Quantity request = Quantity.parse((String) values.get("resources.requests." + kind)).orElseThrow();
        Quantity limit = Quantity.parse((String) values.get("resources.limits." + kind)).orElseThrow();
        if (limit.compareTo(request) < 0) {
            error("resources.limits." + kind, "limit " + limit + " is less than the request " + request,
                    "raise the limit to at least " + request + " or lower resources.requests." + kind);
        }
    }

    private void toleration(String path, Map<?, ?> toleration) {
        Object operator = toleration.get("operator");
        if ("Exists".equals(operator) && toleration.get("value") != null) {
            error(path + ".value", "a value is set with operator Exists", "remove the value or use operator Equal");
        }
        if (!"Exists".equals(operator) && toleration.get("key") == null) {
            error(path + ".key", "no key is set", "name the taint key, or use operator Exists to tolerate every taint");
        }
        if (toleration.get("tolerationSeconds") != null && !Objects.equals(toleration.get("effect"), "NoExecute")) {
            error(path + ".tolerationSeconds", "tolerationSeconds only applies to effect NoExecute",
                    "set effect: NoExecute or remove tolerationSeconds");
        }
    }

    /** A required value that no file sets is reported at the start of the profile's own file. */
    private void missing(String path, String reason, String hint) {
        findings.add(Finding.error(locations.file(), path, reason, hint));
    }

    private void error(String path, String reason, String hint) {
        findings.add(Finding.error(locations.of(path), path, reason, hint));
    }
}
