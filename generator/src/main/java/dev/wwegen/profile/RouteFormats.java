package dev.wwegen.profile;

import static dev.wwegen.profile.NameFormats.quote;

import dev.wwegen.profile.FieldType.Problem;
import dev.wwegen.profile.FieldType.TextFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Formats of the {@code route:} block: Gateway API listener section names (the CRDs' SectionName: a
 * DNS-1123 subdomain of at most 253 characters) and OpenShift Route TLS terminations WWE can use.
 */
final class RouteFormats {

    private static final Pattern SECTION = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    /** A listener name of a Gateway. */
    static final TextFormat SECTION_NAME = value -> value.length() <= 253 && SECTION.matcher(value).matches()
            ? Optional.empty()
            : Optional.of(new Problem(quote(value) + " is not a Gateway listener name",
                    "use the listener's name: lower-case letters, digits, '-' and '.', e.g. https"));

    /** edge or reencrypt; passthrough needs TLS in the pod, which WWE's NGINX (plain HTTP on 8080) lacks. */
    static final TextFormat TERMINATION = value -> switch (value) {
        case "edge", "reencrypt" -> Optional.empty();
        case "passthrough" -> Optional.of(new Problem("TLS termination \"passthrough\" is not supported for WWE",
                "WWE serves plain HTTP on 8080, so the router must terminate TLS: use edge (or reencrypt)"));
        default -> ValueFormats.oneOf("edge", "reencrypt").check(value);
    };

    private RouteFormats() {
    }
}
