package dev.wwegen.profile;

import dev.wwegen.profile.FieldType.Bool;
import dev.wwegen.profile.FieldType.Field;
import dev.wwegen.profile.FieldType.Int;
import dev.wwegen.profile.FieldType.ListOf;
import dev.wwegen.profile.FieldType.MapOf;
import dev.wwegen.profile.FieldType.Struct;
import dev.wwegen.profile.FieldType.Text;
import dev.wwegen.profile.FieldType.TextFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every key a profile may set and the type and format of its value; the one list the checker,
 * the merger and {@code profiles show} follow. Default values are not here: they live in the
 * bundled {@code wwegen/defaults.yaml}.
 */
final class ProfileSchema {

    /** The keys that are directives for the loader, not values: they are not inherited. */
    static final String EXTENDS = "extends";
    static final String DESCRIPTION = "description";

    /** Empty, or a DNS-1123 subdomain. */
    static final TextFormat OPTIONAL_SUBDOMAIN = value -> value.isEmpty() ? java.util.Optional.empty()
            : NameFormats.DNS_SUBDOMAIN.check(value);
    /** Empty, or a label key. */
    static final TextFormat OPTIONAL_QUALIFIED_KEY = value -> value.isEmpty() ? java.util.Optional.empty()
            : NameFormats.QUALIFIED_KEY.check(value);

    /** The top level of a profile file. */
    static final Struct ROOT = build();

    /** What a fleet cell may override: every profile key except the loader's directives. */
    static final Struct OVERRIDES = overrides();

    private static final long MAX_INT32 = Integer.MAX_VALUE;

    private ProfileSchema() {
    }

    private static Struct build() {
        Map<String, Field> root = new LinkedHashMap<>();
        root.put(EXTENDS, text(NameFormats.DNS_LABEL));
        root.put(DESCRIPTION, text(ValueFormats.SUMMARY));
        root.put("environment", text(ValueFormats.oneOf("production", "development")));
        root.put("namespace", text(NameFormats.DNS_LABEL));
        root.put("image", struct(Map.of(
                "registry", text(ValueFormats.REGISTRY_HOST),
                "repository", text(ValueFormats.IMAGE_REPOSITORY),
                "tag", text(ValueFormats.IMAGE_TAG),
                "digest", text(ValueFormats.IMAGE_DIGEST),
                "pullPolicy", text(ValueFormats.oneOf("Always", "IfNotPresent", "Never"))),
                "registry", "repository", "tag", "digest", "pullPolicy"));
        root.put("imagePullSecrets", field(new ListOf(new Text(NameFormats.DNS_SUBDOMAIN))));
        root.put("replicas", integer(1, 1000));
        root.put("autoscaling", struct(Map.of(
                "enabled", field(new Bool()),
                "minReplicas", integer(1, 1000),
                "maxReplicas", integer(1, 1000),
                "targetCPUUtilizationPercentage", integer(1, 100),
                "targetMemoryUtilizationPercentage", integer(1, 100)),
                "enabled", "minReplicas", "maxReplicas", "targetCPUUtilizationPercentage",
                "targetMemoryUtilizationPercentage"));
        root.put("resources", struct(Map.of("requests", quantities(), "limits", quantities()),
                "requests", "limits"));
        root.put("service", struct(Map.of("port", integer(1, 65535)), "port"));
        root.put("ingress", struct(Map.of(
                "className", text(value -> value.isEmpty() ? java.util.Optional.empty()
                        : NameFormats.DNS_SUBDOMAIN.check(value)),
                "host", text(NameFormats.HOST),
                "tlsSecret", text(NameFormats.DNS_SUBDOMAIN),
                "annotations", field(new MapOf(IngressAnnotations.KEY, new Text(ValueFormats.ANY)))),
                "className", "host", "tlsSecret", "annotations"));
        root.put("route", struct(Map.of(
                "kind", text(ValueFormats.oneOf("gateway", "openshift", "ingress")),
                "controller", struct(Map.of(
                        "preset", text(ValueFormats.oneOf(ControllerPreset.keys().toArray(String[]::new))),
                        "namespace", text(NameFormats.DNS_LABEL),
                        "namespaceLabels", labels(),
                        "podLabels", labels()),
                        "preset", "namespace", "namespaceLabels", "podLabels"),
                "gateway", struct(Map.of(
                        "name", text(NameFormats.DNS_SUBDOMAIN),
                        "namespace", text(NameFormats.DNS_LABEL),
                        "sectionName", text(RouteFormats.SECTION_NAME),
                        "httpSectionName", text(RouteFormats.SECTION_NAME),
                        "create", field(new Bool()),
                        "className", text(NameFormats.DNS_SUBDOMAIN)),
                        "name", "namespace", "sectionName", "httpSectionName", "create", "className"),
                "openshift", struct(Map.of("termination", text(RouteFormats.TERMINATION)), "termination")),
                "kind", "controller", "gateway", "openshift"));
        root.put("backends", field(new MapOf(NameFormats.DNS_LABEL,
                struct(Map.of("url", text(ValueFormats.HTTPS_URL)), "url").type())));
        root.put("failover", struct(Map.of(
                "wweUrl", text(ValueFormats.HTTPS_URL),
                "backends", field(new MapOf(NameFormats.DNS_LABEL,
                        struct(Map.of("url", text(ValueFormats.HTTPS_URL)), "url").type()))),
                "wweUrl", "backends"));
        root.put("securityContext", struct(Map.of(
                "runAsUser", nullableId(), "runAsGroup", nullableId(), "fsGroup", nullableId()),
                "runAsUser", "runAsGroup", "fsGroup"));
        root.put("podDisruptionBudget", struct(Map.of("maxUnavailable", integer(1, 1000)), "maxUnavailable"));
        root.put("priorityClassName", text(OPTIONAL_SUBDOMAIN));
        root.put("nodeSelector", labels());
        root.put("tolerations", field(new ListOf(struct(Map.of(
                "key", text(OPTIONAL_QUALIFIED_KEY),
                "operator", text(ValueFormats.oneOf("Exists", "Equal")),
                "value", text(NameFormats.LABEL_VALUE),
                "effect", text(ValueFormats.oneOf("NoSchedule", "PreferNoSchedule", "NoExecute")),
                "tolerationSeconds", integer(0, Long.MAX_VALUE)),
                "key", "operator", "value", "effect", "tolerationSeconds").type())));
        root.put("podLabels", labels());
        root.put("podAnnotations", field(new MapOf(NameFormats.QUALIFIED_KEY, new Text(ValueFormats.ANY))));
        root.put("features", field(new MapOf(ValueFormats.FEATURE_NAME, new Bool())));
        return new Struct(root);
    }

    private static Struct overrides() {
        Map<String, Field> fields = new LinkedHashMap<>(ROOT.fields());
        fields.remove(EXTENDS);
        fields.remove(DESCRIPTION);
        return new Struct(fields);
    }

    private static Field quantities() {
        return struct(Map.of(
                "cpu", text(ValueFormats.quantity(false)),
                "memory", text(ValueFormats.quantity(true)),
                "ephemeralStorage", text(ValueFormats.quantity(true))),
                "cpu", "memory", "ephemeralStorage");
    }

    private static Field labels() {
        return field(new MapOf(NameFormats.QUALIFIED_KEY, new Text(NameFormats.LABEL_VALUE)));
    }

    /** Struct keys in the given order; {@code Map.of} alone would lose it. */
    private static Field struct(Map<String, Field> fields, String... order) {
        Map<String, Field> ordered = new LinkedHashMap<>();
        for (String key : order) {
            ordered.put(key, fields.get(key));
        }
        return field(new Struct(ordered));
    }

    private static Field nullableId() {
        return new Field(new Int(1, MAX_INT32, "0 is root; use a non-zero id, or null to let the platform"
                + " (OpenShift) assign one"), true);
    }

    private static Field integer(long min, long max) {
        return field(new Int(min, max, ""));
    }

    private static Field text(TextFormat format) {
        return field(new Text(format));
    }

    private static Field field(FieldType type) {
        return new Field(type, false);
    }
}
