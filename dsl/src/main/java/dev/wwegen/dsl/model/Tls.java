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

    /**
     * Checks that the Secret's name is given.
     *
     * @param secretName as the record component {@link #secretName()}
     */
    public Tls {
        CallSites.record(this);
        Objects.requireNonNull(secretName, "TLS secret name");
    }

    /**
     * TLS with the certificate in this Secret.
     *
     * @param secretName a Secret in the web app's namespace
     * @return the TLS setting
     */
    public static Tls secret(String secretName) {
        return new Tls(secretName);
    }
}
