package dev.wwegen.dsl.check;

import java.util.regex.Pattern;

/** The name syntaxes Kubernetes enforces, in one place so rules and profiles agree. */
public final class NameFormats {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    /** The hint printed with every label problem. */
    public static final String DNS_LABEL_HINT =
            "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit";

    private NameFormats() {
    }

    /**
     * RFC 1123 label: what namespaces and most object names must be, at most 63 characters.
     *
     * @param name the text to test
     * @return true when it is an RFC 1123 label
     */
    public static boolean isDnsLabel(String name) {
        return name != null && name.length() <= 63 && DNS_LABEL.matcher(name).matches();
    }

    /**
     * The emptyDir volume a writable path gets: {@code /var/cache/nginx} → {@code var-cache-nginx} (the
     * chart's {@code wwe.volumeName} helper does the same in Go templates).
     *
     * @param path an absolute directory
     * @return the volume name; empty when the path has no lower-case letter or digit
     */
    public static String volumeName(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        return name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * An environment variable name as the chart's values schema accepts it: a C identifier.
     *
     * @param name the text to test
     * @return true when it is a C identifier
     */
    public static boolean isEnvName(String name) {
        return name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /**
     * A Kubernetes label key ({@code [prefix/]name}, the prefix a DNS subdomain, the name at most 63
     * characters) with a valid value (at most 63 characters, empty or alphanumeric at both ends).
     *
     * @param key   the label key
     * @param value the label value
     * @return true when both are valid
     */
    public static boolean isLabel(String key, String value) {
        if (key == null || value == null) {
            return false;
        }
        int slash = key.indexOf('/');
        String prefix = slash < 0 ? null : key.substring(0, slash);
        String name = slash < 0 ? key : key.substring(slash + 1);
        String part = "([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)";
        return (prefix == null || isDnsSubdomain(prefix)) && name.length() <= 63 && name.matches(part)
                && value.length() <= 63 && value.matches(part + "?");
    }

    /**
     * RFC 1123 subdomain: dot-separated labels, at most 253 characters (Secret, ConfigMap, class names).
     *
     * @param name the text to test
     * @return true when it is an RFC 1123 subdomain
     */
    public static boolean isDnsSubdomain(String name) {
        return name != null && name.length() <= 253 && DNS_SUBDOMAIN.matcher(name).matches();
    }

    /**
     * IANA_SVC_NAME as Kubernetes checks port names: ≤ 15, a letter somewhere, no "--".
     *
     * @param name the text to test
     * @return true when it is an IANA service name
     */
    public static boolean isServiceName(String name) {
        return name != null && name.length() <= 15 && SERVICE_NAME.matcher(name).matches()
                && !name.contains("--") && name.chars().anyMatch(Character::isLetter);
    }

    /**
     * A ConfigMap data key.
     *
     * @param key the text to test
     * @return true when it is a config map key
     */
    public static boolean isConfigKey(String key) {
        return key != null && key.length() <= 253 && CONFIG_KEY.matcher(key).matches() && !key.equals(".")
                && !key.equals("..");
    }
}
