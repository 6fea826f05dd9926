package dev.wwegen.docs;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.resolve.Exposure;
import dev.wwegen.resolve.Isolation;
import dev.wwegen.resolve.Release;
import dev.wwegen.resolve.Scaling;
import dev.wwegen.resolve.Workload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A hand-built release of an architecture, standing in for a loaded profile. */
final class TestReleases {

    private TestReleases() {
    }

    static Release dev(Architecture architecture) {
        var app = architecture.webApp().orElseThrow();
        var workload = new Workload("registry.example.com/workspace/wwe-nginx:100.0.001.0113", "IfNotPresent",
                List.of(), app.ports().get(0), app.readiness(), app.liveness(), app.resources(), app.writablePaths(),
                OptionalLong.of(10001), OptionalLong.of(10001), OptionalLong.of(10001), "", Map.of(), List.of(),
                Map.of(), Map.of());
        var labels = Map.of("app.kubernetes.io/name", "wwe", "app.kubernetes.io/instance", "wwe");
        return new Release(architecture, "dev", "wwe", "wwe-dev", labels, labels, workload,
                new Scaling(2, Optional.empty(), 1),
                new Exposure(80, "wwe.dev.example.com", "nginx", "wwe-tls", Map.of()),
                new Isolation("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx")),
                Map.of("gwsUrl", "https://gws.dev.example.com", "gauthUrl", "https://gauth.dev.example.com"));
    }
}
