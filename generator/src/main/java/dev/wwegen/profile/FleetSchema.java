package dev.wwegen.profile;

import dev.wwegen.profile.FieldType.Bool;
import dev.wwegen.profile.FieldType.Field;
import dev.wwegen.profile.FieldType.Int;
import dev.wwegen.profile.FieldType.MapOf;
import dev.wwegen.profile.FieldType.Problem;
import dev.wwegen.profile.FieldType.Struct;
import dev.wwegen.profile.FieldType.Text;
import dev.wwegen.profile.FieldType.TextFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every key of a fleet file ({@code fleet.yaml}) with its type and format, checked by the same
 * {@link NodeChecker} as profiles (positions, unknown keys with did-you-mean, YAML 1.1 traps). A cell's
 * {@code overrides} is the profile schema itself ({@link ProfileSchema#OVERRIDES}), so every key a profile
 * has, now or later, can be overridden per environment and per region.
 */
final class FleetSchema {

    private static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ms|s|m|h))+");

    static final TextFormat OCI_REPOSITORY = value -> url(value, "oci", "oci://registry.example.com/charts");
    static final TextFormat GIT_URL = value -> url(value, "https", "https://git.example.com/platform/wwe-deploy.git");
    static final TextFormat DURATION_FORMAT = value -> DURATION.matcher(value).matches() ? Optional.empty()
            : Optional.of(new Problem(NameFormats.quote(value) + " is not a duration", "write e.g. 5m, 1h or 30s"));
    static final TextFormat PATH = value -> value.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") && !value.contains("..")
            ? Optional.empty() : Optional.of(new Problem(NameFormats.quote(value) + " is not a relative folder path",
                    "write e.g. output (the folder of the repository that holds wwegen's output)"));

    static final TextFormat REVISION = value -> value.matches("[A-Za-z0-9][A-Za-z0-9._/-]*") && !value.contains("..")
            ? Optional.empty() : Optional.of(new Problem(NameFormats.quote(value) + " is not a git revision",
                    "write a branch, tag or commit, e.g. main"));

    static final Struct ROOT = build();

    private FleetSchema() {
    }

    private static Struct build() {
        Map<String, Field> root = new LinkedHashMap<>();
        root.put("name", text(NameFormats.DNS_LABEL));
        root.put("description", text(ValueFormats.ANY));
        root.put("delivery", struct(
                "git", struct(
                        "repoURL", text(GIT_URL),
                        "revision", text(REVISION),
                        "path", text(PATH)),
                "chart", struct("repository", text(OCI_REPOSITORY)),
                "argocd", struct(
                        "namespace", text(NameFormats.DNS_LABEL),
                        "project", text(NameFormats.DNS_LABEL),
                        "automated", bool(),
                        "prune", bool(),
                        "selfHeal", bool()),
                "flux", struct(
                        "namespace", text(NameFormats.DNS_LABEL),
                        "interval", text(DURATION_FORMAT))));
        root.put("dns", struct(
                "host", text(NameFormats.HOST),
                "provider", text(ValueFormats.ANY)));
        Field region = struct(
                "cluster", struct("name", text(NameFormats.DNS_SUBDOMAIN), "server", text(ValueFormats.HTTPS_URL)),
                "zones", integer(1, 10),
                "capacity", integer(1, 1000),
                "host", text(NameFormats.HOST),
                "backup", text(NameFormats.DNS_LABEL),
                "backends", field(new MapOf(NameFormats.DNS_LABEL,
                        new Struct(Map.of("url", text(ValueFormats.HTTPS_URL))))),
                "overrides", field(ProfileSchema.OVERRIDES));
        root.put("environments", field(new MapOf(NameFormats.DNS_LABEL, struct(
                "profile", text(NameFormats.DNS_LABEL),
                "overrides", field(ProfileSchema.OVERRIDES),
                "regions", field(new MapOf(NameFormats.DNS_LABEL, region.type()))).type())));
        return new Struct(root);
    }

    private static Optional<Problem> url(String value, String scheme, String example) {
        try {
            URI uri = new URI(value);
            if (scheme.equals(uri.getScheme()) && uri.getHost() != null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && NameFormats.HOST.check(uri.getHost()).isEmpty()) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of(new Problem(NameFormats.quote(value) + " is not a " + scheme + ":// URL", "write e.g. " + example));
    }

    /** Struct keys in the given order: name, field, name, field, ... */
    private static Field struct(Object... pairs) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Field) pairs[i + 1]);
        }
        return field(new Struct(fields));
    }

    private static Field integer(long min, long max) {
        return field(new Int(min, max, ""));
    }

    private static Field bool() {
        return field(new Bool());
    }

    private static Field text(TextFormat format) {
        return field(new Text(format));
    }

    private static Field field(FieldType type) {
        return new Field(type, false);
    }
}
