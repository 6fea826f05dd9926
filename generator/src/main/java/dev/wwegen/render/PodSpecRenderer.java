package dev.wwegen.render;

import dev.wwegen.dsl.model.Port;
import dev.wwegen.dsl.model.Probe;
import dev.wwegen.dsl.model.Resources;
import dev.wwegen.resolve.Release;
import dev.wwegen.resolve.Workload;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hardened pod: non-root with fixed ids (or platform-chosen on OpenShift), read-only root
 * filesystem with an emptyDir per writable path, no privilege escalation, all capabilities dropped,
 * RuntimeDefault seccomp, no service-account token, requests and limits, probes on the named port,
 * spread across nodes and zones.
 */
final class PodSpecRenderer {

    PodSpec render(Release release) {
        Workload w = release.workload();
        var podSecurity = new PodSecurityContextBuilder()
                .withRunAsNonRoot(true)
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile();
        w.runAsUser().ifPresent(podSecurity::withRunAsUser);
        w.runAsGroup().ifPresent(podSecurity::withRunAsGroup);
        w.fsGroup().ifPresent(podSecurity::withFsGroup);
        return new PodSpecBuilder()
                .withServiceAccountName(release.name())
                .withAutomountServiceAccountToken(false)
                .withSecurityContext(podSecurity.build())
                .withPriorityClassName(w.priorityClassName().isEmpty() ? null : w.priorityClassName())
                .withTolerations(w.tolerations().isEmpty() ? null : w.tolerations().stream().map(PodSpecRenderer::toleration).toList())
                .withNewAffinity().withNewPodAntiAffinity()
                .addNewPreferredDuringSchedulingIgnoredDuringExecution()
                .withWeight(100)
                .withNewPodAffinityTerm()
                .withTopologyKey("kubernetes.io/hostname")
                .withLabelSelector(new LabelSelectorBuilder().withMatchLabels(release.selector()).build())
                .endPodAffinityTerm()
                .endPreferredDuringSchedulingIgnoredDuringExecution()
                .endPodAntiAffinity().endAffinity()
                .withTopologySpreadConstraints(new TopologySpreadConstraintBuilder()
                        .withMaxSkew(1)
                        .withTopologyKey("topology.kubernetes.io/zone")
                        .withWhenUnsatisfiable("ScheduleAnyway")
                        .withLabelSelector(new LabelSelectorBuilder().withMatchLabels(release.selector()).build())
                        .build())
                .withContainers(new ContainerBuilder()
                        .withName(release.appName())
                        .withImage(w.image())
                        .withImagePullPolicy(w.pullPolicy())
                        .withPorts(ports(w))
                        .withEnv(w.env().isEmpty() ? null : w.env().entrySet().stream()
                                .map(e -> new EnvVarBuilder().withName(e.getKey()).withValue(e.getValue()).build())
                                .toList())
                        .addNewEnvFrom().withNewConfigMapRef().withName(ConfigMapRenderer.name(release))
                        .endConfigMapRef().endEnvFrom()
                        .withReadinessProbe(probe(w.readiness()))
                        .withLivenessProbe(probe(w.liveness()))
                        .withResources(resources(w.resources()))
                        .withSecurityContext(new SecurityContextBuilder()
                                .withAllowPrivilegeEscalation(false)
                                .withPrivileged(false)
                                .withReadOnlyRootFilesystem(true)
                                .withRunAsNonRoot(true)
                                .withNewCapabilities().withDrop("ALL").endCapabilities()
                                .build())
                        .withVolumeMounts(mounts(w.writablePaths()))
                        .build())
                .withVolumes(volumes(w.writablePaths()))
                .build();
    }

    /** The port the gateway reaches first, then the model's other ports in declaration order. */
    private static List<ContainerPort> ports(Workload w) {
        List<ContainerPort> ports = new ArrayList<>();
        ports.add(port(w.port()));
        w.extraPorts().forEach(p -> ports.add(port(p)));
        return ports;
    }

    private static ContainerPort port(Port port) {
        return new ContainerPortBuilder().withName(port.name()).withContainerPort(port.number())
                .withProtocol(port.protocol().transport()).build();
    }

    private static io.fabric8.kubernetes.api.model.Probe probe(Probe probe) {
        return new io.fabric8.kubernetes.api.model.ProbeBuilder()
                .withNewHttpGet().withPath(probe.path()).withPort(new IntOrString(probe.port())).endHttpGet()
                .withInitialDelaySeconds(probe.initialDelaySeconds())
                .withPeriodSeconds(probe.periodSeconds())
                .withTimeoutSeconds(probe.timeoutSeconds())
                .withFailureThreshold(probe.failureThreshold())
                .build();
    }

    private static io.fabric8.kubernetes.api.model.ResourceRequirements resources(Resources resources) {
        return new ResourceRequirementsBuilder()
                .withRequests(quantities(resources.requests()))
                .withLimits(quantities(resources.limits()))
                .build();
    }

    private static Map<String, Quantity> quantities(Resources.Quantities q) {
        Map<String, Quantity> map = new TreeMap<>();
        map.put("cpu", new Quantity(q.cpu()));
        map.put("memory", new Quantity(q.memory()));
        map.put("ephemeral-storage", new Quantity(q.ephemeralStorage()));
        return map;
    }

    /** {@code /var/cache/nginx} → volume {@code var-cache-nginx}. */
    static String volumeName(String path) {
        return dev.wwegen.dsl.check.NameFormats.volumeName(path);
    }

    private static List<VolumeMount> mounts(List<String> paths) {
        return paths.stream().map(p -> new VolumeMountBuilder().withName(volumeName(p)).withMountPath(p).build()).toList();
    }

    private static List<Volume> volumes(List<String> paths) {
        return paths.stream().map(p -> new VolumeBuilder().withName(volumeName(p)).withNewEmptyDir().endEmptyDir().build())
                .toList();
    }

    private static Toleration toleration(dev.wwegen.resolve.Toleration t) {
        return new TolerationBuilder()
                .withKey(emptyToNull(t.key()))
                .withOperator(emptyToNull(t.operator()))
                .withValue(emptyToNull(t.value()))
                .withEffect(emptyToNull(t.effect()))
                .withTolerationSeconds(t.seconds())
                .build();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
