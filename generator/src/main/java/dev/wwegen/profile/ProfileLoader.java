package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads a profile by name from a {@link ProfileSource}: reads the file and the files it {@code extends},
 * checks each against the schema, merges them over the bundled defaults, applies the cross-field
 * rules and binds the result. Bad input never throws; it comes back as findings.
 */
public final class ProfileLoader {

    /** How the bundled defaults file is shown in findings and {@link Locations}. */
    public static final String DEFAULTS_DISPLAY = "bundled:defaults.yaml";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final ProfileSource source;

    public ProfileLoader(ProfileSource source) {
        this.source = source;
    }

    public ProfileSource source() {
        return source;
    }

    /** The names of the profiles in the source, sorted. */
    public List<String> names() throws IOException {
        return source.names();
    }

    public ProfileResult load(String name) {
        List<Finding> findings = new ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            findings.add(Finding.error(source.description(), "", NameFormats.quote(name) + " is not a profile name",
                    "name a profile by its file name without .yaml; " + ChainReader.available(source)));
            return new ProfileResult(name, Optional.empty(), findings);
        }
        List<Sourced.Fields> chain = new ChainReader(source, findings).read(name);
        chain.add(0, defaults(findings));
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ProfileResult(name, Optional.empty(), findings);
        }
        Sourced.Fields merged = TreeMerger.mergeChain(chain);
        var tree = EffectiveTree.of(merged);
        var locations = new Locations(EffectiveTree.locations(merged), source.displayPath(name) + ":1:1");
        new CrossFieldRules(new TreeValues(tree), locations, findings).check();
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ProfileResult(name, Optional.empty(), findings);
        }
        return new ProfileResult(name, Optional.of(ProfileBinder.bind(name, tree, locations)), findings);
    }

    /**
     * A profile extended with overlays, merged in order after it (mappings key by key, lists and scalars
     * replace): what a fleet cell is. Findings point at the file that set each value, the fleet file for
     * overlay values.
     *
     * @param name     the result's name (the cell's)
     * @param base     the profile it extends
     * @param overlays checked values, e.g. from {@link FleetFile#check}; each keeps its file positions
     * @param at       where the cell is declared, for values no file sets
     */
    public ProfileResult load(String name, String base, List<Sourced.Fields> overlays, String at) {
        List<Finding> findings = new ArrayList<>();
        List<Sourced.Fields> chain = new ChainReader(source, findings).read(base);
        chain.add(0, defaults(findings));
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ProfileResult(name, Optional.empty(), findings);
        }
        Sourced.Fields merged = TreeMerger.mergeChain(chain);
        for (Sourced.Fields overlay : overlays) {
            merged = TreeMerger.merge(merged, overlay);
        }
        var tree = EffectiveTree.of(merged);
        var locations = new Locations(EffectiveTree.locations(merged), at);
        new CrossFieldRules(new TreeValues(tree), locations, findings).check();
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ProfileResult(name, Optional.empty(), findings);
        }
        return new ProfileResult(name, Optional.of(ProfileBinder.bind(name, tree, locations)), findings);
    }

    /**
     * The bundled defaults alone, bound as the profile {@code defaults}: no host (empty) and no back ends.
     * The chart's values.yaml is made from it, so the chart's defaults are exactly wwegen's.
     */
    public Profile defaults() {
        List<Finding> findings = new ArrayList<>();
        Sourced.Fields merged = TreeMerger.mergeChain(new ArrayList<>(List.of(defaults(findings))));
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new IllegalStateException("the bundled defaults are invalid: " + findings);
        }
        var tree = EffectiveTree.of(merged);
        return ProfileBinder.bind("defaults", tree, new Locations(EffectiveTree.locations(merged), DEFAULTS_DISPLAY + ":1:1"));
    }

    /** The bundled defaults, read and checked once per JVM (they are in the jar and cannot change). */
    private record CheckedDefaults(Sourced.Fields fields, List<Finding> findings) {
    }

    private static volatile CheckedDefaults bundledDefaults;

    private static Sourced.Fields defaults(List<Finding> findings) {
        CheckedDefaults checked = bundledDefaults;
        if (checked == null) {
            List<Finding> own = new ArrayList<>();
            checked = new CheckedDefaults(readDefaults(own), List.copyOf(own));
            bundledDefaults = checked;
        }
        findings.addAll(checked.findings());
        return checked.fields();
    }

    private static Sourced.Fields readDefaults(List<Finding> findings) {
        try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(BundledProfileSource.ANCHOR)) {
            if (in == null) {
                throw new IllegalStateException(BundledProfileSource.ANCHOR + " is missing from the class path");
            }
            return FileChecker.check(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS_DISPLAY, findings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + BundledProfileSource.ANCHOR, e);
        }
    }
}
