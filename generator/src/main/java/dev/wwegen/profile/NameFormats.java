package dev.wwegen.profile;

import dev.wwegen.profile.FieldType.Problem;
import dev.wwegen.profile.FieldType.TextFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kubernetes and DNS name formats profile values must follow: RFC 1123 labels and subdomains,
 * host names, label and annotation keys and values, explained for a profile's author. Names are ASCII only.
 * The label syntax itself is the model's ({@link dev.wwegen.dsl.check.NameFormats}), so both agree.
 */
final class NameFormats {

    private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){3}");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    /** An RFC 1123 label: namespaces, back-end names, profile names. */
    static final TextFormat DNS_LABEL = NameFormats::dnsLabel;
    /** An RFC 1123 subdomain: Secret, IngressClass and PriorityClass names. */
    static final TextFormat DNS_SUBDOMAIN = value -> subdomain(value, "a DNS-1123 subdomain");
    /** A host name a browser uses: a subdomain that is not a wildcard, an IP address or absolute. */
    static final TextFormat HOST = NameFormats::host;
    /** A label or annotation key: {@code [prefix/]name}. */
    static final TextFormat QUALIFIED_KEY = NameFormats::qualifiedKey;
    /** A label value: empty, or up to 63 letters, digits, '-', '_' and '.'. */
    static final TextFormat LABEL_VALUE = value -> value.isEmpty() || value.length() <= 63
            && QUALIFIED_NAME.matcher(value).matches() ? Optional.empty()
            : Optional.of(new Problem(quote(value) + " is not a label value",
                    "use at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit"));

    private NameFormats() {
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static Optional<Problem> nonAscii(String value) {
        return value.codePoints().filter(c -> c > 0x7e || c < 0x20).boxed().findFirst()
                .map(c -> new Problem(quote(value) + " contains the non-ASCII character '"
                        + new String(Character.toChars(c)) + "'",
                        "names and hosts are ASCII only; write an international host in its xn-- form"));
    }

    private static Optional<Problem> dnsLabel(String value) {
        Optional<Problem> ascii = nonAscii(value);
        if (ascii.isPresent()) {
            return ascii;
        }
        if (value.isEmpty()) {
            return Optional.of(new Problem("the name is empty", "use a DNS label such as wwe"));
        }
        if (value.length() > 63) {
            return Optional.of(new Problem(quote(value) + " is " + value.length()
                    + " characters long, a DNS label has at most 63", "use a shorter name"));
        }
        return dev.wwegen.dsl.check.NameFormats.isDnsLabel(value) ? Optional.empty()
                : Optional.of(new Problem(quote(value) + " is not a DNS label", labelHint(value,
                        dev.wwegen.dsl.check.NameFormats.isDnsLabel(value.toLowerCase(Locale.ROOT)))));
    }

    private static Optional<Problem> subdomain(String value, String what) {
        Optional<Problem> ascii = nonAscii(value);
        if (ascii.isPresent()) {
            return ascii;
        }
        if (value.isEmpty()) {
            return Optional.of(new Problem("the name is empty", "use a name such as wwe-tls"));
        }
        if (value.length() > 253) {
            return Optional.of(new Problem(quote(value) + " is " + value.length()
                    + " characters long, " + what + " has at most 253", "use a shorter name"));
        }
        for (String label : value.split("\\.", -1)) {
            if (!dev.wwegen.dsl.check.NameFormats.isDnsLabel(label)) {
                String lower = value.toLowerCase(Locale.ROOT);
                boolean lowerValid = java.util.Arrays.stream(lower.split("\\.", -1))
                        .allMatch(dev.wwegen.dsl.check.NameFormats::isDnsLabel);
                return Optional.of(new Problem(quote(value) + " is not " + what, labelHint(value, lowerValid)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> host(String value) {
        Optional<Problem> ascii = nonAscii(value);
        if (ascii.isPresent()) {
            return ascii;
        }
        if (value.startsWith("*.") && value.indexOf('*', 1) < 0) {
            return Optional.of(new Problem(quote(value) + " is a wildcard",
                    "name the one host agents use, e.g. wwe" + value.substring(1)));
        }
        if (value.contains("*")) {
            return Optional.of(new Problem(quote(value) + " has a misplaced wildcard",
                    "a wildcard may only be the whole first label (*.example.com), and WWE needs one host:"
                            + " name it, e.g. wwe.example.com"));
        }
        if (value.endsWith(".")) {
            return Optional.of(new Problem(quote(value) + " ends with a dot",
                    "write it without the trailing dot: " + value.substring(0, value.length() - 1)));
        }
        if (IPV4.matcher(value).matches() || value.contains(":")) {
            return Optional.of(new Problem(quote(value) + " is an IP address, not a DNS name",
                    "ingress rules and TLS certificates need a DNS name, e.g. wwe.example.com"));
        }
        if (!value.equals(value.toLowerCase(Locale.ROOT)) && subdomain(value.toLowerCase(Locale.ROOT), "").isEmpty()) {
            return Optional.of(new Problem(quote(value) + " is not a DNS name",
                    "use lower case, e.g. " + value.toLowerCase(Locale.ROOT)));
        }
        for (String label : value.split("\\.", -1)) {
            if (label.length() > 63) {
                return Optional.of(new Problem(quote(value) + " has a label of " + label.length()
                        + " characters, DNS allows at most 63", "shorten the label " + quote(label)));
            }
        }
        return subdomain(value, "a DNS name");
    }

    private static Optional<Problem> qualifiedKey(String value) {
        Optional<Problem> ascii = nonAscii(value);
        if (ascii.isPresent()) {
            return ascii;
        }
        int slash = value.lastIndexOf('/');
        String name = value.substring(slash + 1);
        boolean prefixOk = slash < 0 || slash == value.indexOf('/')
                && subdomain(value.substring(0, slash), "a prefix").isEmpty();
        if (prefixOk && name.length() <= 63 && QUALIFIED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(quote(value) + " is not a valid key",
                "write [prefix/]name: an optional DNS prefix, then at most 63 letters, digits, '-', '_' and '.'"));
    }

    /**
     * Suggests the lower-case spelling only when it would be valid ({@code lowerValid}); else, for a label, a
     * spelling with underscores and spaces turned into '-' when that is a valid label.
     */
    private static String labelHint(String value, boolean lowerValid) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lowerValid && !value.equals(lower)) {
            return "use lower case: " + lower;
        }
        String dashed = lower.replaceAll("[_\\s]+", "-");
        String generic = "use lower-case letters, digits and '-', starting and ending with a letter or digit";
        return !dashed.isEmpty() && !dashed.equals(value) && dev.wwegen.dsl.check.NameFormats.isDnsLabel(dashed)
                ? generic + ", e.g. " + dashed : generic;
    }
}
