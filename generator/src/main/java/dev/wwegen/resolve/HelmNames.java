package dev.wwegen.resolve;

/**
 * Object names exactly as the chart's {@code _helpers.tpl} makes them, so the plain manifests are the
 * objects {@code helm install <model name>} creates: the release is the model's name, the chart the web app's.
 */
public final class HelmNames {

    /** Longest base for a derived name such as {@code <fullname>-config}, so it stays a 63-character label. */
    static final int DERIVED_BASE = 63 - "-config".length();

    private HelmNames() {
    }

    /**
     * Helm's {@code fullname}: the release name when it already contains the chart name, else
     * {@code <release>-<chart>}; cut to 63 characters without a trailing '-'.
     */
    public static String fullname(String release, String chart) {
        return cut(release.contains(chart) ? release : release + "-" + chart, 63);
    }

    /** {@code <fullname>-config}, the base cut so the whole stays a DNS label. */
    public static String configMap(String fullname) {
        return cut(fullname, DERIVED_BASE) + "-config";
    }

    private static String cut(String name, int max) {
        String cut = name.length() > max ? name.substring(0, max) : name;
        return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
    }
}
