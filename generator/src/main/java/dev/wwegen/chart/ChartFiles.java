package dev.wwegen.chart;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.emit.FileSet;
import dev.wwegen.emit.YamlWriter;
import dev.wwegen.profile.Profile;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.resolve.ChartIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Helm chart and the per-profile values files as {@link FileSet} entries: {@code chart/<name>/}
 * (Chart.yaml, values.yaml, values.schema.json, README.md, templates, .helmignore) and
 * {@code values/<profile>.yaml}. The chart's defaults are wwegen's bundled defaults applied to the
 * model; each values file holds only what its profile changes. Rendering the chart with a profile's
 * values file gives exactly the objects of that profile's manifests (proved with real Helm in the tests).
 */
public final class ChartFiles {

    /** Where values files go; a folder the emitter regenerates completely when every profile is generated. */
    public static final String VALUES_FOLDER = "values/";

    private ChartFiles() {
    }

    /** {@code chart/<name>/}: the folder the chart owns completely. */
    public static String chartFolder(Architecture architecture) {
        return "chart/" + ChartIdentity.of(architecture.webApp().orElseThrow()).name() + "/";
    }

    /**
     * Adds the chart and the values files of {@code profiles}; returns the folders these files own
     * completely (the chart's, and {@code values/} when {@code everyProfile}).
     */
    public static Set<String> addTo(FileSet.Builder files, Architecture architecture, ProfileLoader loader,
                                    List<String> profiles, boolean everyProfile) throws IOException {
        ValuesFiles values = ValuesFiles.of(architecture, loader);
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (String name : profiles) {
            Profile profile = loader.load(name).profile().orElseThrow(() -> new IllegalArgumentException(
                    "profile " + name + " does not load; generate checks profiles before the chart"));
            files.add(valuesPath(name), values.file(profile));
            namespaces.put(name, profile.namespace());
        }
        return addChart(files, architecture, values, loader, namespaces, everyProfile);
    }

    /**
     * Adds the chart alone, for a run that makes each profile's values file as it generates the profile (see
     * {@link ValuesFiles}); returns the folders the chart and those values files own completely (the chart's, and
     * {@code values/} when {@code everyProfile}).
     *
     * @param namespaces the namespaces of profiles already loaded, by name; the chart's README lists every
     *                   profile of {@code loader}, and those not given here are loaded for it
     */
    public static Set<String> addChart(FileSet.Builder files, Architecture architecture, ValuesFiles values,
                                       ProfileLoader loader, Map<String, String> namespaces, boolean everyProfile)
            throws IOException {
        return prepare(architecture, values).addTo(files, loader, namespaces, everyProfile);
    }

    /**
     * The chart's files that depend on the model and the defaults only: made while the profiles are generated, on
     * another core, then completed by {@link Prepared#addTo} with the README, which lists every profile.
     */
    public static Prepared prepare(Architecture architecture, ValuesFiles values) throws IOException {
        ChartIdentity chart = values.chart();
        String folder = chartFolder(architecture);
        Map<String, Object> defaults = values.defaults();
        Map<String, Object> meta = ChartMetadata.of(architecture, chart);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(folder + "Chart.yaml", new YamlWriter().withHeader(generatedBy()).write(meta)
                .getBytes(StandardCharsets.UTF_8));
        files.put(folder + "values.yaml", ValuesFileWriter.write(defaults, List.of(generatedBy(),
                "Default values: wwegen's defaults applied to the model " + architecture.name() + ".",
                "Each profile's values file (values/<profile>.yaml) holds only what differs."))
                .getBytes(StandardCharsets.UTF_8));
        files.put(folder + "values.schema.json", json(ValuesSchema.of(architecture, defaults))
                .getBytes(StandardCharsets.UTF_8));
        ChartTemplates.files().forEach((path, bytes) -> files.put(folder + path, bytes));
        return new Prepared(folder, chart, (String) meta.get("description"), defaults,
                java.util.Collections.unmodifiableMap(files));
    }

    /**
     * The chart but its README.
     *
     * @param folder      {@code chart/<name>/}
     * @param chart       the chart's name and version
     * @param description the chart's description, for the README
     * @param defaults    the chart's default values
     * @param files       path under the output folder → bytes, in the order they are added
     */
    public record Prepared(String folder, ChartIdentity chart, String description, Map<String, Object> defaults,
                           Map<String, byte[]> files) {

        /**
         * Adds these files and the README to {@code files}; returns the folders they own completely (the chart's,
         * and {@code values/} when {@code everyProfile}).
         *
         * @param namespaces the namespaces of profiles already loaded, by name; the README lists every profile of
         *                   {@code loader}, and those not given here are loaded for it
         */
        public Set<String> addTo(FileSet.Builder out, ProfileLoader loader, Map<String, String> namespaces,
                                 boolean everyProfile) throws IOException {
            files.forEach(out::add);
            Map<String, String> listed = new LinkedHashMap<>();
            for (String name : loader.names()) {
                if (namespaces.containsKey(name)) {
                    listed.put(name, namespaces.get(name));
                } else {
                    loader.load(name).profile().ifPresent(p -> listed.put(name, p.namespace()));
                }
            }
            out.add(folder + "README.md", ChartReadme.of(chart, description, defaults, listed));
            Set<String> scopes = new TreeSet<>(List.of(folder));
            if (everyProfile) {
                scopes.add(VALUES_FOLDER);
            }
            return scopes;
        }
    }

    /** {@code values/<profile>.yaml}. */
    public static String valuesPath(String profile) {
        return VALUES_FOLDER + profile + ".yaml";
    }

    /**
     * Writes values files for profiles that are not files of their own (fleet cells): only what differs from
     * the chart's values.yaml, under a header saying where the values come from. Computes the chart's defaults once.
     */
    public static java.util.function.BiFunction<Profile, String, String> valuesWriter(Architecture architecture,
                                                                                       ProfileLoader loader) {
        ChartIdentity chart = ChartIdentity.of(architecture.webApp().orElseThrow());
        Map<String, Object> defaults = ChartValues.of(architecture, loader.defaults());
        return (profile, source) -> new YamlWriter().withHeader(
                "Values of " + profile.name() + " for the " + chart.name() + " chart, generated by wwegen. Do not edit:",
                "change " + source + ", then run ./wwegen generate --all-profiles.",
                "Only what differs from the chart's values.yaml.")
                .write(ValuesDiff.of(defaults, ChartValues.of(architecture, profile)));
    }

    /** The values of a profile that differ from the chart's defaults, as a plain tree (for Flux's inline values). */
    public static java.util.function.Function<Profile, Map<String, Object>> valuesDiff(Architecture architecture,
                                                                                       ProfileLoader loader) {
        Map<String, Object> defaults = ChartValues.of(architecture, loader.defaults());
        return profile -> ValuesDiff.of(defaults, ChartValues.of(architecture, profile));
    }

    private static String generatedBy() {
        return "Generated by wwegen. Do not edit: change the model or profiles, then run ./wwegen generate.";
    }

    private static String json(Map<String, Object> tree) {
        var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            // Sorted keys: the bytes never depend on a map's iteration order.
            return new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writer(printer).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("writing values.schema.json to memory failed", e);
        }
    }
}
