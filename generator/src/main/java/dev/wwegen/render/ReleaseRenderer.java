package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a release into its Kubernetes objects, in install order. Each {@link ObjectRenderer} builds
 * one object from the model's structure; then what cuts across objects is applied once, here: the common
 * labels on every object and pod template, and the image pull secrets and node selector on the pod spec
 * of the release's workload.
 *
 * <p>Written out rather than done with Dekorate's decorators (which this class used before): they walk
 * every object once per decorator with reflection at each node, which was most of the cost of rendering
 * a profile (measured with JFR; see bench/README.md); the objects are the same to the byte.
 */
public final class ReleaseRenderer {

    /** Install order: what others refer to comes first. */
    private static final List<ObjectRenderer> RENDERERS = List.of(
            new ServiceAccountRenderer(),
            new ConfigMapRenderer(),
            new ServiceRenderer(),
            new DeploymentRenderer(),
            new AutoscalerRenderer(),
            new DisruptionBudgetRenderer(),
            new ReferenceGrantRenderer(),
            new GatewayRenderer(),
            new HttpRouteRenderer(),
            new RedirectRouteRenderer(),
            new OpenShiftRouteRenderer(),
            new IngressRenderer(),
            new NetworkPolicyRenderer());

    public List<RenderedObject> render(Release release) {
        List<HasMetadata> objects = RENDERERS.stream().map(r -> r.render(release)).flatMap(Optional::stream).toList();
        List<RenderedObject> rendered = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata object = objects.get(i);
            applyCommon(release, object);
            rendered.add(new RenderedObject(fileName(i + 1, object), object));
        }
        return List.copyOf(rendered);
    }

    /** Labels on the object and its pod template; pull secrets and node selector on the workload's pods. */
    private static void applyCommon(Release release, HasMetadata object) {
        addLabels(object.getMetadata(), release.labels());
        if (object instanceof Deployment deployment && deployment.getSpec() != null
                && deployment.getSpec().getTemplate() != null) {
            if (deployment.getSpec().getTemplate().getMetadata() == null) {
                deployment.getSpec().getTemplate().setMetadata(new ObjectMeta());
            }
            addLabels(deployment.getSpec().getTemplate().getMetadata(), release.labels());
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            if (pod != null && release.name().equals(object.getMetadata().getName())) {
                addPullSecrets(pod, release.workload().pullSecrets());
                if (!release.workload().nodeSelector().isEmpty()) {
                    Map<String, String> selector = new LinkedHashMap<>(
                            pod.getNodeSelector() == null ? Map.of() : pod.getNodeSelector());
                    selector.putAll(release.workload().nodeSelector());
                    pod.setNodeSelector(selector);
                }
            }
        }
    }

    private static void addLabels(ObjectMeta metadata, Map<String, String> labels) {
        Map<String, String> all = new LinkedHashMap<>(metadata.getLabels() == null ? Map.of() : metadata.getLabels());
        all.putAll(labels);
        metadata.setLabels(all);
    }

    private static void addPullSecrets(PodSpec pod, List<String> secrets) {
        if (secrets.isEmpty()) {
            return;
        }
        List<LocalObjectReference> refs = new ArrayList<>(
                pod.getImagePullSecrets() == null ? List.of() : pod.getImagePullSecrets());
        for (String secret : secrets) {
            if (refs.stream().noneMatch(r -> secret.equals(r.getName()))) {
                refs.add(new LocalObjectReference(secret));
            }
        }
        pod.setImagePullSecrets(refs);
    }

    /** {@code 04-deployment-wwe.yaml}: install order first, so a folder listing reads like a Helm install. */
    static String fileName(int position, HasMetadata object) {
        return String.format(Locale.ROOT, "%02d-%s-%s.yaml", position, object.getKind().toLowerCase(Locale.ROOT),
                object.getMetadata().getName());
    }
}
