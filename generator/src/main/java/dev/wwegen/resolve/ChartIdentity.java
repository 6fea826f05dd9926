package dev.wwegen.resolve;

import dev.wwegen.dsl.model.WebApp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Helm chart the model becomes: its name (the web app's), its SemVer 2 version and its appVersion
 * (the model's image tag). Both the chart and the plain manifests carry {@link #label()} as
 * {@code helm.sh/chart}, so the two outputs are the same objects.
 *
 * <p>Genesys versions have four parts with leading zeros ({@code 100.0.001.0113}); Genesys's own charts
 * are versioned {@code major.minor.patch+build}, so that is the mapping: leading zeros are dropped from
 * the first three parts (SemVer forbids them) and the fourth becomes build metadata,
 * {@code 100.0.1+0113}. A tag that is already SemVer is used as it is; anything else becomes
 * {@code 0.0.0+<tag with other characters as '-'>}.
 *
 * @param name       chart name, the web app's name (a DNS label)
 * @param version    SemVer 2 chart version
 * @param appVersion the model's image tag, unchanged
 */
public record ChartIdentity(String name, String version, String appVersion) {

    private static final Pattern GENESYS = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)\\.([0-9A-Za-z]+)");
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    /** The chart of a web app, versioned after the model's image tag. */
    public static ChartIdentity of(WebApp app) {
        String tag = app.image().tag();
        return new ChartIdentity(app.name(), version(tag), tag.isEmpty() ? "unversioned" : tag);
    }

    static String version(String tag) {
        if (SEMVER.matcher(tag).matches()) {
            return tag;
        }
        Matcher genesys = GENESYS.matcher(tag);
        if (genesys.matches()) {
            return Long.parseLong(genesys.group(1)) + "." + Long.parseLong(genesys.group(2)) + "."
                    + Long.parseLong(genesys.group(3)) + "+" + genesys.group(4);
        }
        String build = tag.replaceAll("[^0-9A-Za-z]+", "-").replaceAll("^-|-$", "");
        return "0.0.0+" + (build.isEmpty() ? "unversioned" : build);
    }

    /** {@code wwe-100.0.1_0113}: Helm's chart label, '+' replaced because label values cannot
     * hold it, then cut to 63 characters without a trailing '-', '_' or '.' (a label value must end with a
     * letter or digit), as the chart's {@code wwe.chart} helper does. */
    public String label() {
        String label = (name + "-" + version).replace('+', '_');
        label = label.length() > 63 ? label.substring(0, 63) : label;
        return label.replaceAll("[-_.]+$", "");
    }
}
