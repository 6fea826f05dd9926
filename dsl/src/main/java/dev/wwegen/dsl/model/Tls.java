package dev.wwegen.dsl.model;

import dev.wwegen.dsl.internal.CallSites;

import java.util.Objects;

/**
 * Where HTTPS from the browser is terminated inside the cluster: at the ingress controller, with the
 * certificate in a Secret of the web app's namespace.
 *
 * @param secretName the TLS Secret the Ingress names, default {@code <web app>-tls}; a profile may
 *                   override it per environment
 */
public record Tls(String secretName) {

    public Tls {
        CallSites.record(this);
        Objects.requireNonNull(secretName, "TLS secret name");
    }

    public static Tls secret(String secretName) {
        return new Tls(secretName);
    }
}
