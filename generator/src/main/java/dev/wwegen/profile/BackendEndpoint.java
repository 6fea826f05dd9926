package dev.wwegen.profile;

import java.net.URI;
import java.util.Objects;

/**
 * Where agents' browsers reach one back end (GAuth, GWS, WebRTC, ...) in this environment; the
 * profile's key must name a back end of the model, which the resolve stage checks.
 *
 * @param url an absolute {@code https://} URL
 */
public record BackendEndpoint(URI url) {

    public BackendEndpoint {
        Objects.requireNonNull(url, "url");
        if (!"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("back-end URL " + url + " must be https://");
        }
    }
}
