package dev.wwegen.render;

import dev.wwegen.resolve.Release;
import io.dekorate.kubernetes.config.Label;
import io.dekorate.kubernetes.config.NodeSelector;
import io.dekorate.kubernetes.decorator.AddImagePullSecretDecorator;
import io.dekorate.kubernetes.decorator.AddLabelDecorator;
import io.dekorate.kubernetes.decorator.AddNodeSelectorDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a release into its Kubernetes objects, in install order. Each {@link ObjectRenderer} builds
 * one object from the model's structure; Dekorate's decorators then apply what cuts across objects
 * (common labels on every object and pod template, image pull secrets, node selector), the way
 * Dekorate applies its own configuration.
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
        var list = new KubernetesListBuilder().withItems(objects);
        List<Decorator<?>> decorators = decorators(release);
        decorators.sort(null);
        decorators.forEach(list::accept);
        List<RenderedObject> rendered = new ArrayList<>();
        List<HasMetadata> decorated = list.build().getItems();
        for (int i = 0; i < decorated.size(); i++) {
            HasMetadata object = decorated.get(i);
            rendered.add(new RenderedObject(fileName(i + 1, object), object));
        }
        return List.copyOf(rendered);
    }

    private static List<Decorator<?>> decorators(Release release) {
        List<Decorator<?>> decorators = new ArrayList<>();
        release.labels().forEach((key, value) -> decorators.add(new AddLabelDecorator(new Label(key, value, new String[0]))));
        release.workload().pullSecrets().forEach(secret ->
                decorators.add(new AddImagePullSecretDecorator(release.name(), secret)));
        release.workload().nodeSelector().forEach((key, value) ->
                decorators.add(new AddNodeSelectorDecorator(release.name(), new NodeSelector(key, value))));
        return decorators;
    }

    /** {@code 04-deployment-wwe.yaml}: install order first, so a folder listing reads like a Helm install. */
    static String fileName(int position, HasMetadata object) {
        return String.format(Locale.ROOT, "%02d-%s-%s.yaml", position, object.getKind().toLowerCase(Locale.ROOT),
                object.getMetadata().getName());
    }
}
