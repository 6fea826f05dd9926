package dev.wwegen.profile;

import static dev.wwegen.profile.NameFormats.quote;

import dev.wwegen.profile.FieldType.Problem;
import dev.wwegen.profile.FieldType.TextFormat;
import java.util.Optional;

/**
 * Which Ingress annotations a profile may set: any qualified name except ingress-nginx snippets,
 * which inject raw NGINX configuration (CVE-2021-25742, CVE-2025-1974) and are disabled by default
 * in current ingress-nginx releases.
 */
final class IngressAnnotations {

    /** The format of an annotation key on the WWE Ingress. */
    static final TextFormat KEY = IngressAnnotations::check;

    private IngressAnnotations() {
    }

    private static Optional<Problem> check(String key) {
        if (key.endsWith("-snippet")) {
            return Optional.of(new Problem(quote(key) + " injects raw NGINX configuration",
                    "snippet annotations are not allowed; use a dedicated ingress-nginx annotation"
                            + " or a ConfigMap setting of the controller"));
        }
        return NameFormats.QUALIFIED_KEY.check(key);
    }
}
