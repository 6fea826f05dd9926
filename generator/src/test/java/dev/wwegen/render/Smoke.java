package dev.wwegen.render;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.resolve.*;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.*;

public class Smoke {
    public static void main(String[] args) throws Exception {
        var a = WweReference.architecture();
        var app = a.webApp().orElseThrow();
        var w = new Workload("r/x:1", "Always", List.of("pull"), app.ports().get(0), app.readiness(), app.liveness(), app.resources(),
            app.writablePaths(), OptionalLong.of(10001), OptionalLong.of(10001), OptionalLong.of(10001), "", Map.of("a","b"), List.of(), Map.of(), Map.of());
        var r = new Release(a, "dev", "wwe", "wwe", Map.of("app.kubernetes.io/name","wwe","app.kubernetes.io/instance","wwe"), Map.of("app.kubernetes.io/name","wwe","app.kubernetes.io/instance","wwe"),
            w, new Scaling(2, Optional.empty(), 1), new Exposure(80, "wwe.example.com", "nginx", "wwe-tls", Map.of()), new Isolation("ingress-nginx", Map.of("app.kubernetes.io/name","ingress-nginx")), Map.of("gwsUrl","https://gws"));
        for (var o : new ReleaseRenderer().render(r)) { System.out.println("# " + o.fileName()); System.out.println(new YAMLMapper().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).writeValueAsString(o.object())); }
    }
}
