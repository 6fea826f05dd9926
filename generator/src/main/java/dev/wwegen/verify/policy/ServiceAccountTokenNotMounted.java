package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/**
 * Pods run under a dedicated ServiceAccount (not {@code default}) and do not mount its API token:
 * {@code automountServiceAccountToken: false} on the pod, and on the ServiceAccount when it is part of
 * the input. A workload that talks to the API server is the exemption; skip the rule for it with
 * {@code --skip service-account-token}.
 */
public final class ServiceAccountTokenNotMounted implements PolicyRule {

    @Override
    public String id() {
        return "service-account-token";
    }

    @Override
    public String summary() {
        return "dedicated ServiceAccount; automountServiceAccountToken false on it and on the pod";
    }

    @Override
    public String peers() {
        return "KL default-service-account; Pol automountServiceAccountToken; CK 38";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : set.podTemplates()) {
            String account = pods.spec().path("serviceAccountName").asText("");
            if (account.isEmpty() || account.equals("default")) {
                findings.accept(violation(pods.owner(), pods.specPointer() + "/serviceAccountName",
                        "the pod runs as the namespace's default ServiceAccount",
                        "create a ServiceAccount for the workload and set serviceAccountName"));
            }
            if (pods.spec().path("automountServiceAccountToken").asBoolean(true)) {
                findings.accept(violation(pods.owner(), pods.specPointer() + "/automountServiceAccountToken",
                        "the pod mounts a service-account token", "set automountServiceAccountToken: false"));
            }
        }
        for (Resource account : set.ofKind("ServiceAccount")) {
            if (account.body().path("automountServiceAccountToken").asBoolean(true)) {
                findings.accept(violation(account, "/automountServiceAccountToken",
                        "ServiceAccount `" + account.name() + "` mounts its token into every pod by default",
                        "set automountServiceAccountToken: false"));
            }
        }
    }
}
