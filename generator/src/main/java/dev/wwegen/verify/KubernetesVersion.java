package dev.wwegen.verify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes minor release ({@code 1.34}) that manifests are validated for: API versions removed in it
 * or earlier are errors; those removed later are still served, and validated against their old schema.
 *
 * @param major always 1 so far
 * @param minor e.g. 34
 */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

    /** The version of the bundled OpenAPI, and the default target. */
    public static final KubernetesVersion BUNDLED = new KubernetesVersion(1, 34);

    private static final Pattern TEXT = Pattern.compile("v?([0-9]+)\\.([0-9]+)(?:\\.[0-9]+)?");

    /**
     * Reads {@code 1.34}, {@code v1.29} or {@code 1.29.3}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static KubernetesVersion parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Kubernetes version '" + text + "' must look like 1.34");
        }
        return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(KubernetesVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
