package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.WebApp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * There is exactly one web app to deploy; its name starts with a letter (it names a Service, a DNS-1035
 * label); it declares a port; its writable paths (each an emptyDir
 * under a read-only root filesystem) are distinct absolute directories other than {@code /}; its
 * settings keys are config map keys.
 */
public final class WebAppIsDeployable implements Rule {

    @Override
    public String id() {
        return "web-app-is-deployable";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        List<WebApp> apps = architecture.webApps();
        if (apps.size() != 1) {
            findings.add(Finding.error(where, "components", "architecture " + architecture.name() + " declares "
                    + apps.size() + " web apps; wwegen deploys exactly one", "declare one WebApp"));
        }
        for (WebApp app : apps) {
            String path = "components[" + app.name() + "]";
            if (!app.name().isEmpty() && !Character.isLetter(app.name().charAt(0))) {
                findings.add(Finding.error(where, path + ".name", "web app name \"" + app.name()
                        + "\" does not start with a letter, so it cannot name its Service (DNS-1035)",
                        "start it with a letter, e.g. wwe"));
            }
            if (app.ports().isEmpty()) {
                findings.add(Finding.error(where, path + ".ports", "web app " + app.name() + " declares no port",
                        "add .serves(Port.http(\"http\", 8080))"));
            }
            if (app.writablePaths().isEmpty()) {
                findings.add(Finding.error(where, path + ".writablePaths", "web app " + app.name() + " writes nowhere,"
                        + " but its root filesystem is read-only", "add .writes(\"/tmp\", \"/var/cache/nginx\", \"/var/run\")"));
            }
            Set<String> volumes = new HashSet<>();
            for (String dir : app.writablePaths()) {
                String volume = NameFormats.volumeName(dir);
                if (volume.isEmpty() || volume.length() > 63 || !volumes.add(volume)) {
                    findings.add(Finding.error(where, path + ".writablePaths", "\"" + dir + "\" gives the volume name \""
                                    + volume + "\", which is empty, too long or used by another path",
                            "use short lower-case directory names, e.g. /var/cache/nginx"));
                }
            }
            Set<String> seen = new HashSet<>();
            for (String dir : app.writablePaths()) {
                if (!dir.startsWith("/") || dir.equals("/") || dir.contains("..") || !seen.add(dir)) {
                    findings.add(Finding.error(where, path + ".writablePaths", "\"" + dir
                                    + "\" is not a distinct absolute directory below /",
                            "list each directory NGINX writes once, e.g. /var/cache/nginx"));
                }
            }
            for (String variable : app.env().keySet()) {
                if (!NameFormats.isEnvName(variable)) {
                    findings.add(Finding.error(where, path + ".env", "\"" + variable
                            + "\" is not an environment variable name", "use letters, digits and '_', not starting with"
                            + " a digit, e.g. NGINX_WORKER_PROCESSES"));
                }
            }
            app.podLabels().forEach((key, value) -> {
                if (key.startsWith("app.kubernetes.io/") || key.startsWith("helm.sh/")) {
                    findings.add(Finding.error(where, path + ".podLabels", "pod label " + key
                            + " is one wwegen sets on every object", "use a label key of your own, e.g. example.com/team"));
                } else if (!NameFormats.isLabel(key, value)) {
                    findings.add(Finding.error(where, path + ".podLabels", "pod label " + key + "=" + value
                            + " is not a Kubernetes label", "use [prefix/]name with at most 63 letters, digits, '-',"
                            + " '_' and '.', e.g. example.com/team=desk"));
                }
            });
            for (String key : app.settings().keySet()) {
                if (!NameFormats.isConfigKey(key)) {
                    findings.add(Finding.error(where, path + ".settings", "\"" + key + "\" is not a config map key",
                            "use letters, digits, '-', '_' and '.'"));
                }
            }
        }
        return findings;
    }
}
