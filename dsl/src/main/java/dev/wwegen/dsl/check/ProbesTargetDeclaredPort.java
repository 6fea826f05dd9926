package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Probe;
import dev.wwegen.dsl.model.WebApp;

import java.util.ArrayList;
import java.util.List;

/**
 * Readiness and liveness probe a port the web app declares (kube-linter liveness-port, readiness-port),
 * on an absolute path, with positive timings; and the two probes differ (kube-score
 * pod-probes-identical: identical probes restart pods that are merely busy).
 */
public final class ProbesTargetDeclaredPort implements Rule {

    @Override
    public String id() {
        return "probes-target-declared-port";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        for (WebApp app : architecture.webApps()) {
            String base = "components[" + app.name() + "]";
            check(findings, where, base + ".readiness", app, app.readiness());
            check(findings, where, base + ".liveness", app, app.liveness());
            if (app.readiness().equals(app.liveness())) {
                findings.add(Finding.error(where, base + ".liveness", "liveness and readiness probes are identical",
                        "let liveness fail later, e.g. Probe.httpGet(\"/index.html\").every(20).failingAfter(6)"));
            }
        }
        return findings;
    }

    private static void check(List<Finding> findings, String where, String path, WebApp app, Probe probe) {
        if (app.port(probe.port()).isEmpty()) {
            findings.add(Finding.error(where, path + ".port", "probe uses port \"" + probe.port() + "\", which "
                    + app.name() + " does not declare", "probe a declared port, e.g. .onPort(\"http\")"));
        }
        if (!probe.path().startsWith("/")) {
            findings.add(Finding.error(where, path + ".path", "probe path \"" + probe.path()
                    + "\" is not absolute", "start it with '/', e.g. /index.html"));
        }
        if (probe.periodSeconds() < 1 || probe.timeoutSeconds() < 1 || probe.failureThreshold() < 1
                || probe.initialDelaySeconds() < 0) {
            findings.add(Finding.error(where, path, "probe timings must be positive (period "
                    + probe.periodSeconds() + ", timeout " + probe.timeoutSeconds() + ", failures "
                    + probe.failureThreshold() + ", delay " + probe.initialDelaySeconds() + ")",
                    "use period, timeout and failure threshold of at least 1 and a delay of 0 or more"));
        }
    }
}
