package dev.wwegen.render;

import dev.wwegen.dsl.model.RouteKind;
import dev.wwegen.resolve.Exposure;
import dev.wwegen.resolve.Release;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.openshift.api.model.RouteBuilder;

import java.util.Optional;

/**
 * The OpenShift Route (route.openshift.io/v1) for the agents' host: to the WWE Service, on its named
 * target port, TLS terminated by the router (edge or reencrypt) and plain HTTP redirected to HTTPS. It
 * realises connections 7–9 when the profile's route kind is openshift.
 */
final class OpenShiftRouteRenderer implements ObjectRenderer {

    @Override
    public Optional<HasMetadata> render(Release release) {
        Exposure exposure = release.exposure();
        if (exposure.kind() != RouteKind.OPENSHIFT) {
            return Optional.empty();
        }
        return Optional.of(new RouteBuilder()
                .withMetadata(new ObjectMetaBuilder(ObjectRenderer.meta(release, release.name()))
                        .withAnnotations(exposure.ingressAnnotations().isEmpty() ? null : exposure.ingressAnnotations())
                        .build())
                .withNewSpec()
                .withHost(exposure.host())
                .withNewTo().withKind("Service").withName(release.name()).withWeight(100).endTo()
                .withNewPort().withTargetPort(new IntOrString(release.workload().port().name())).endPort()
                .withNewTls().withTermination(exposure.termination()).withInsecureEdgeTerminationPolicy("Redirect")
                .endTls()
                .withWildcardPolicy("None")
                .endSpec()
                .build());
    }
}
