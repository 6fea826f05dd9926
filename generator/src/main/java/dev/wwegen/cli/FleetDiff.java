package dev.wwegen.cli;

import dev.wwegen.diff.ArchitectureSummary;
import dev.wwegen.diff.DiffOptions;
import dev.wwegen.diff.DiffReport;
import dev.wwegen.diff.Manifest;
import dev.wwegen.diff.ManifestDiffer;
import dev.wwegen.diff.ManifestReader;
import dev.wwegen.diff.ManifestSet;
import dev.wwegen.diff.UnreadableManifestsException;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.fleet.CellGeneration;
import dev.wwegen.fleet.FleetGenerator;
import dev.wwegen.fleet.FleetLoader;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code wwegen diff --fleet FILE [--ref REV]}: for every cell, OLD is {@code output/fleet/manifests/<cell>} as
 * committed (in the working tree, or at the revision) and NEW is the cell rendered in memory from the fleet file and
 * {@code profiles/} of the working tree. A cell only in the fleet file is all added, one only in the output all removed.
 */
final class FleetDiff {

    static final Path MANIFESTS = Path.of("output", "fleet", "manifests");

    private FleetDiff() {
    }

    /** Reports by cell name, sorted. */
    static Map<String, DiffReport> compare(Path fleetFile, Path profiles, Path committed, DiffOptions options) {
        FleetLoader.Result loaded = FleetLoader.read(fleetFile);
        if (loaded.hasErrors()) {
            throw new InputException(loaded.findings());
        }
        var generator = new Generator(WweReference.architecture(), new ProfileLoader(ProfileSource.directory(profiles)),
                false);
        Map<String, ManifestSet> rendered = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (CellGeneration cell : new FleetGenerator(generator).generate(loaded.fleet().orElseThrow())) {
            if (!cell.generation().inputOk()) {
                findings.addAll(cell.generation().inputFindings());
                continue;
            }
            String folder = FleetGenerator.manifestFolder(cell.cell());
            rendered.put(cell.cell().name(), new ManifestSet(cell.generation().objects().stream()
                    .map(o -> Manifest.of(o.tree(), folder + "/" + o.fileName() + " (rendered)")).toList()));
        }
        if (!findings.isEmpty()) {
            throw new InputException(findings);
        }
        SortedSet<String> names = new TreeSet<>(rendered.keySet());
        names.addAll(folders(committed));
        Map<String, DiffReport> reports = new LinkedHashMap<>();
        for (String name : names) {
            Path old = committed.resolve(name);
            ManifestSet before = Files.isDirectory(old) ? read(old) : new ManifestSet(List.of());
            ManifestSet after = rendered.getOrDefault(name, new ManifestSet(List.of()));
            reports.put(name, new ManifestDiffer(ArchitectureSummary.reference().forProfile(name))
                    .compare(before, after, options));
        }
        return reports;
    }

    /** The line (text) or table (markdown) that says which cells change, before the per-cell sections. */
    static void summary(Map<String, DiffReport> reports, boolean markdown, PrintWriter out) {
        List<String> changed = reports.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .toList();
        if (markdown) {
            out.println("## wwegen fleet diff: " + changed.size() + " of " + reports.size() + " cells change");
            out.println();
            out.println("| cell | changes |");
            out.println("|---|---|");
            reports.forEach((cell, report) -> out.println("| " + cell + " | " + (report.isEmpty() ? "unchanged"
                    : "**changed**") + " |"));
        } else {
            out.println("fleet: " + changed.size() + " of " + reports.size() + " cells change"
                    + (changed.isEmpty() ? "" : ": " + String.join(", ", changed)));
        }
        out.println();
    }

    private static SortedSet<String> folders(Path manifests) {
        SortedSet<String> names = new TreeSet<>();
        if (!Files.isDirectory(manifests)) {
            return names;
        }
        try (Stream<Path> folders = Files.list(manifests)) {
            folders.filter(Files::isDirectory).forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            throw new InputException(List.of(Finding.error(manifests.toString(), "", "could not list the folder: "
                    + e.getMessage(), "")));
        }
        return names;
    }

    private static ManifestSet read(Path path) {
        try {
            return new ManifestReader().read(List.of(path));
        } catch (UnreadableManifestsException e) {
            throw new InputException(e.findings());
        }
    }
}
