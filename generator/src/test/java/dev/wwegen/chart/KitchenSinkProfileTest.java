package dev.wwegen.chart;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile that sets every key the shipped ones leave at their defaults (tolerations, node selector,
 * priority class, pod labels and annotations, features, several pull secrets, another namespace, service
 * port, registry, repository and tag, an extends chain) still renders a chart equal to its manifests.
 */
class KitchenSinkProfileTest {

    @TempDir
    Path dir;

    @Test
    void everyProfileKeyAgreesBetweenChartAndManifests() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("base.yaml"), """
                description: "Shared base of the kitchen sink"
                namespace: contact-center
                ingress:
                  host: agents.eu.example.com
                backends:
                  gauth: {url: https://gauth.eu.example.com}
                  gws: {url: https://gws.eu.example.com/gws/v1}
                  webrtc: {url: https://webrtc.eu.example.com}
                  telemetry: {url: https://telemetry.eu.example.com}
                  digital-channels: {url: https://digital.eu.example.com}
                """);
        Files.writeString(profiles.resolve("sink.yaml"), """
                extends: base
                description: "Kitchen sink"
                image:
                  registry: mirror.example.com:5000
                  repository: genesys/wwe-nginx
                  tag: "100.0.002.0007"
                  pullPolicy: Always
                imagePullSecrets: [mirror-pull, backup-pull]
                replicas: 4
                resources:
                  requests: {cpu: 250m, memory: 192Mi, ephemeralStorage: 100Mi}
                  limits: {cpu: "2", memory: 1Gi, ephemeralStorage: 1Gi}
                service:
                  port: 8443
                ingress:
                  className: nginx-internal
                  tlsSecret: agents-eu-tls
                  annotations:
                    nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"
                securityContext:
                  runAsUser: 20001
                  runAsGroup: 20002
                  fsGroup: 20003
                podDisruptionBudget:
                  maxUnavailable: 2
                priorityClassName: business-critical
                nodeSelector:
                  kubernetes.io/os: linux
                  node.example.com/pool: web
                tolerations:
                  - {key: dedicated, operator: Equal, value: web, effect: NoSchedule}
                  - {operator: Exists, effect: NoExecute, tolerationSeconds: 300}
                podLabels:
                  team: contact-center
                podAnnotations:
                  prometheus.io/scrape: "false"
                features:
                  screenRecording: true
                  legacyChat: false
                """);
        var output = GeneratedOutput.of(WweReference.architecture(), new ProfileLoader(ProfileSource.directory(profiles)),
                dir.resolve("out"));

        var rendered = RenderedObjects.parse(Helm3.template(output.chart(), "contact-center", output.values("sink")));
        assertThat(rendered).isEqualTo(RenderedObjects.folder(output.manifests("sink"))).hasSize(8 - 1);
        var lint = Helm3.lint(output.chart(), output.values("sink"));
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        String deployment = Files.readString(output.manifests("sink").resolve("04-deployment-wwe.yaml"));
        assertThat(deployment).contains("priorityClassName: business-critical", "tolerationSeconds: 300",
                "node.example.com/pool: web", "- name: backup-pull", "image: mirror.example.com:5000/genesys/wwe-nginx:100.0.002.0007",
                "runAsGroup: 20002", "team: contact-center");
    }
}
