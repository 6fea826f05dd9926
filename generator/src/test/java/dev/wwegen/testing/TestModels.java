package dev.wwegen.testing;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Backend;
import dev.wwegen.dsl.model.Client;
import dev.wwegen.dsl.model.DataFlow;
import dev.wwegen.dsl.model.EdgeProxy;
import dev.wwegen.dsl.model.Image;
import dev.wwegen.dsl.model.IngressChain;
import dev.wwegen.dsl.model.IngressController;
import dev.wwegen.dsl.model.Namespace;
import dev.wwegen.dsl.model.Port;
import dev.wwegen.dsl.model.Tls;
import dev.wwegen.dsl.model.WebApp;

import java.util.List;

/** Models for tests: the reference's shape with other names and versions. */
public final class TestModels {

    private TestModels() {
    }

    /** The reference shape whose web app is called {@code name} and runs image tag {@code tag}. */
    public static Architecture named(String name, String tag) {
        return named("wwe", name, tag);
    }

    /** The same, with the architecture (the Helm release) called {@code model}. */
    public static Architecture named(String model, String name, String tag) {
        var app = WebApp.named(name).in(Namespace.owned("wwe")).image(Image.of("workspace/wwe-nginx").tag(tag))
                .serves(Port.http("http", 8080));
        var gateway = IngressChain.from(Client.browser()).through(EdgeProxy.named("ingress-proxy"))
                .through(IngressController.named("ingress-nginx")).to(app, "http").tls(Tls.secret("wwe-tls"))
                .numbered(7, 8, 9);
        Architecture architecture = Architecture.named(model).enteredThrough(gateway).browserLoads(1, "html");
        int n = 2;
        for (String b : List.of("gauth", "gws", "webrtc", "telemetry", "digital-channels")) {
            architecture = architecture.browserNeeds(n++, Backend.named(b), DataFlow.BOTH, "api");
        }
        return architecture;
    }
}
