package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Objects use generally available API versions (apps/v1, networking.k8s.io/v1, policy/v1, autoscaling/v2,
 * ...), never an alpha or beta version or the old {@code extensions} group. Versions that Kubernetes no
 * longer serves at all are errors of the schema layer; this rule also catches betas still served.
 * The Gateway API's ReferenceGrant is the exception: its standard channel (v1.4) serves it only as
 * {@code gateway.networking.k8s.io/v1beta1}, and that version is part of the standard channel.
 */
public final class StableApiVersions implements PolicyRule {

    private static final Pattern PRE_RELEASE = Pattern.compile(".*/v[0-9]+(alpha|beta)[0-9]*|v[0-9]+(alpha|beta)[0-9]*");
    private static final Map<String, String> STABLE = Map.of("Deployment", "apps/v1", "Ingress", "networking.k8s.io/v1",
            "NetworkPolicy", "networking.k8s.io/v1", "PodDisruptionBudget", "policy/v1",
            "HorizontalPodAutoscaler", "autoscaling/v2", "CronJob", "batch/v1",
            "HTTPRoute", "gateway.networking.k8s.io/v1", "Gateway", "gateway.networking.k8s.io/v1");
    /** Beta versions that a project's standard (stable) channel serves as its only version. */
    private static final java.util.Set<String> STANDARD_CHANNEL_BETAS = java.util.Set.of(
            "gateway.networking.k8s.io/v1beta1 ReferenceGrant");

    @Override
    public String id() {
        return "stable-api-versions";
    }

    @Override
    public String summary() {
        return "GA API versions only (no alpha, beta or extensions/)";
    }

    @Override
    public String peers() {
        return "KL no-extensions-v1beta; KS stable-version";
    }

    @Override
    public void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (Resource resource : set.all()) {
            String apiVersion = resource.body().path("apiVersion").asText("");
            if (STANDARD_CHANNEL_BETAS.contains(apiVersion + " " + resource.kind())) {
                continue;
            }
            if (PRE_RELEASE.matcher(apiVersion).matches() || apiVersion.startsWith("extensions/")) {
                String stable = STABLE.get(resource.kind());
                findings.accept(violation(resource, "/apiVersion", resource.kind() + " `" + resource.name()
                                + "` uses the pre-release API " + apiVersion,
                        stable == null ? "use the GA version of the API" : "use " + stable));
            }
        }
    }
}
