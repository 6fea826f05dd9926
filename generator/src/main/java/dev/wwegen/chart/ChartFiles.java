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
        ChartIdentity chart = values.chart();
        String folder = chartFolder(architecture);
        Map<String, Object> defaults = values.defaults();
        Map<String, Object> meta = ChartMetadata.of(architecture, chart);
        files.add(folder + "Chart.yaml", new YamlWriter().withHeader(generatedBy()).write(meta));
        files.add(folder + "values.yaml", ValuesFileWriter.write(defaults, List.of(generatedBy(),
                "Default values: wwegen's defaults applied to the model " + architecture.name() + ".",
                "Each profile's values file (values/<profile>.yaml) holds only what differs.")));
        files.add(folder + "values.schema.json", json(ValuesSchema.of(architecture, defaults)));
        ChartTemplates.files().forEach((path, bytes) -> files.add(folder + path, bytes));
        Map<String, String> listed = new LinkedHashMap<>();
        for (String name : loader.names()) {
            if (namespaces.containsKey(name)) {
                listed.put(name, namespaces.get(name));
            } else {
                loader.load(name).profile().ifPresent(p -> listed.put(name, p.namespace()));
            }
        }
        files.add(folder + "README.md", ChartReadme.of(chart, (String) meta.get("description"), defaults, listed));
        Set<String> scopes = new TreeSet<>(List.of(folder));
        if (everyProfile) {
            scopes.add(VALUES_FOLDER);
        }
        return scopes;
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
