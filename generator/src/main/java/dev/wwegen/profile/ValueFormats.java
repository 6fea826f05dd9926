package dev.wwegen.profile;

import static dev.wwegen.profile.NameFormats.quote;

import dev.wwegen.profile.FieldType.Problem;
import dev.wwegen.profile.FieldType.TextFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats of profile values that are not plain names: image references, URLs, quantities,
 * choices from a closed list, and the text rules every string obeys.
 */
final class ValueFormats {

    private static final Pattern REGISTRY = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(:[0-9]{1,5})?");
    private static final Pattern REPOSITORY = Pattern.compile(
            "[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern FEATURE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    /** Free text: any characters, subject only to {@link #templateSafe}. */
    static final TextFormat ANY = value -> Optional.empty();

    /** The longest description: one summary line for {@code profiles list}, the docs and the chart's notes. */
    static final int DESCRIPTION_LENGTH = 200;

    /** A short summary: free text of at most {@value #DESCRIPTION_LENGTH} characters. */
    static final TextFormat SUMMARY = value -> value.codePointCount(0, value.length()) <= DESCRIPTION_LENGTH
            ? Optional.empty()
            : Optional.of(new Problem("the description is " + value.codePointCount(0, value.length())
                    + " characters long, at most " + DESCRIPTION_LENGTH + " are allowed",
                    "keep it to one summary line; put longer notes in a YAML comment"));

    static final TextFormat REGISTRY_HOST = value -> NameFormats.nonAscii(value).or(() ->
            REGISTRY.matcher(value).matches() ? Optional.empty()
                    : Optional.of(new Problem(quote(value) + " is not a registry host",
                            "write host[:port] in lower case, e.g. registry.example.com:5000")));

    static final TextFormat IMAGE_REPOSITORY = ValueFormats::repository;

    static final TextFormat IMAGE_TAG = value -> {
        if (value.equalsIgnoreCase("latest")) {
            return Optional.of(new Problem("\"latest\" is not a pinned version",
                    "use the release tag, e.g. \"100.0.001.0113\", or pin image.digest"));
        }
        return TAG.matcher(value).matches() ? Optional.empty()
                : Optional.of(new Problem(quote(value) + " is not an image tag",
                        "use up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'"));
    };

    static final TextFormat IMAGE_DIGEST = value -> DIGEST.matcher(value).matches() ? Optional.empty()
            : Optional.of(new Problem(quote(value) + " is not an image digest",
                    "write sha256: followed by 64 lower-case hex digits"));

    static final TextFormat HTTPS_URL = ValueFormats::httpsUrl;

    static final TextFormat FEATURE_NAME = value -> FEATURE.matcher(value).matches() ? Optional.empty()
            : Optional.of(new Problem(quote(value) + " is not a feature name",
                    "start with a letter, then letters, digits and '_' (it becomes a key in the browser config)"));

    private ValueFormats() {
    }

    /** One of a closed list of words, spelled exactly. */
    static TextFormat oneOf(String... words) {
        return new Words(List.of(words));
    }

    /** The format of {@link #oneOf}: a record, so the JSON Schema of profiles can list the words as an enum. */
    record Words(List<String> allowed) implements TextFormat {
        @Override
        public Optional<Problem> check(String value) {
            if (allowed.contains(value)) {
                return Optional.empty();
            }
            return Optional.of(new Problem(quote(value) + " is not one of " + String.join(", ", allowed),
                    KeySuggestion.closest(value, allowed).map(w -> "write " + w)
                            .orElse("use one of " + String.join(", ", allowed))));
        }
    }

    /**
     * Text that would change the generated files' structure: Helm template delimiters, or a line
     * {@code ---} that splits a YAML stream into two documents.
     */
    static Optional<Problem> templateSafe(String value) {
        for (String delimiter : List.of("{{", "}}")) {
            if (value.contains(delimiter)) {
                return Optional.of(new Problem(quote(value) + " contains \"" + delimiter + "\"",
                        "remove it: wwegen keeps template delimiters out of generated values, so a tool that templates them again (helmfile, Argo CD plugins) cannot run it"));
            }
        }
        if (value.startsWith("---") || value.contains("\n---")) {
            return Optional.of(new Problem(quote(value) + " contains a line starting with \"---\"",
                    "remove it: line-oriented tools read a line \"---\" as the start of a new YAML document"));
        }
        return Optional.empty();
    }

    /** A positive Kubernetes quantity; {@code bytes} for memory and storage, where "m" is a likely slip. */
    static TextFormat quantity(boolean bytes) {
        return value -> {
            Optional<Quantity> parsed = Quantity.parse(value);
            if (parsed.isEmpty()) {
                return Optional.of(new Problem(quote(value) + " is not a Kubernetes quantity",
                        bytes ? "write e.g. 128Mi or 1Gi" : "write e.g. 500m or 2"));
            }
            if (parsed.get().amount().signum() == 0) {
                return Optional.of(new Problem(quote(value) + " is zero", "use a quantity above zero"));
            }
            if (bytes && value.endsWith("m")) {
                return Optional.of(new Problem(quote(value) + " is " + parsed.get().amount().toPlainString()
                        + " bytes (m means milli)", "did you mean " + value.replaceFirst("m$", "Mi") + "?"));
            }
            return Optional.empty();
        };
    }

    private static Optional<Problem> repository(String value) {
        Optional<Problem> ascii = NameFormats.nonAscii(value);
        if (ascii.isPresent()) {
            return ascii;
        }
        if (value.contains(":") || value.contains("@")) {
            return Optional.of(new Problem(quote(value) + " is not a repository path",
                    "put the registry host and port in image.registry, the tag in image.tag"
                            + " and the digest in image.digest"));
        }
        if (REPOSITORY.matcher(value).matches()) {
            return Optional.empty();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return Optional.of(new Problem(quote(value) + " is not a repository path", !lower.equals(value)
                && REPOSITORY.matcher(lower).matches() ? "use lower case: " + lower
                : "use lower-case path components separated by '/', e.g. workspace/wwe-nginx"));
    }

    private static Optional<Problem> httpsUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of(new Problem(quote(value) + " is not a URL", "write it as https://host[:port][/path]"));
        }
        if (!"https".equals(uri.getScheme()) || uri.getRawAuthority() == null) {
            return Optional.of(new Problem(quote(value) + " is not an absolute https:// URL",
                    "browsers load WWE over HTTPS and block plain HTTP calls from it; write https://host[/path]"));
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(new Problem(quote(value) + " has user info, a query or a fragment",
                    "write only https://host[:port][/path]"));
        }
        String host = uri.getHost() != null ? uri.getHost()
                : uri.getRawAuthority().replaceFirst(":[0-9]*$", "");
        return NameFormats.HOST.check(host)
                .map(p -> new Problem(quote(value) + " has a bad host: " + p.reason(), p.hint()));
    }
}
