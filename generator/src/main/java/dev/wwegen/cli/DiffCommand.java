package dev.wwegen.cli;

import dev.wwegen.diff.ArchitectureSummary;
import dev.wwegen.diff.ArchitectureTerms;
import dev.wwegen.diff.DiffOptions;
import dev.wwegen.diff.DiffReport;
import dev.wwegen.diff.DiffWriter;
import dev.wwegen.diff.JsonDiffWriter;
import dev.wwegen.diff.ManifestDiffer;
import dev.wwegen.diff.ManifestReader;
import dev.wwegen.diff.ManifestSet;
import dev.wwegen.diff.MarkdownDiffWriter;
import dev.wwegen.diff.Palette;
import dev.wwegen.diff.PathPattern;
import dev.wwegen.diff.TextDiffWriter;
import dev.wwegen.diff.UnreadableManifestsException;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.manifest.ChartRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code wwegen diff}: compares two sets of manifests object by object and field by field. Each side is a
 * manifest file or folder, or a Helm chart rendered in process; {@code --ref} compares profiles committed at
 * a revision with the same profiles rendered from the working tree. Exit 0 when equal, 1 when different, 2 on
 * bad input.
 */
@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compare two sets of Kubernetes manifests, as Kubernetes sees them.",
                "Exit 0 when equal, 1 when different, 2 on bad input."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    enum Colour { auto, always, never }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "OLD NEW",
            description = {"Each a manifest file or a folder of them (searched for *.yaml, *.yml, *.json), or a Helm"
                    + " chart (a folder with Chart.yaml, or a .tgz) rendered with the chart options below;"
                    + " its hooks, such as test pods, are left out as Helm installs them separately."})
    List<Path> sides = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown (a pull-request comment) or json. Default: ${DEFAULT-VALUE}.")
    Format output;

    @Option(names = "--ignore", paramLabel = "PATH",
            description = "Leave out a field and what is under it, e.g. metadata.labels.helm.sh/chart or"
                    + " metadata.labels[\"helm.sh/chart\"]; * is any one step. Repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "Compare only this kind (e.g. Deployment). Repeatable.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--exclude-kind", paramLabel = "KIND", description = "Leave this kind out. Repeatable.")
    List<String> excludeKinds = new ArrayList<>();

    @Option(names = "--order", description = "Also report named list items (containers, ports, env, ...) that only moved.")
    boolean order;

    @Mixin
    ChartInputs charts;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "With --ref: the profile to compare. With OLD NEW: the profile the architecture notes name.")
    String profile;

    @Option(names = "--all-profiles", description = "With --ref: every profile of the working tree or the revision,"
            + " one section each.")
    boolean allProfiles;

    @Option(names = "--ref", paramLabel = "GIT_REF",
            description = {"Compare output/manifests/NAME committed at this revision (CI keeps output/ current at"
                    + " every commit, so it is what the revision generates) with profiles/NAME.yaml rendered in"
                    + " memory from the working tree. The revision is read from a temporary git worktree."})
    String ref;

    @Option(names = "--fleet", paramLabel = "FILE",
            description = {"Compare every cell of the fleet file: output/fleet/manifests/<cell> as committed (in the"
                    + " working tree, or at --ref) with the cell rendered from FILE and profiles/ of the working tree."})
    Path fleet;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "A folder inside the git repository for --ref. Default: the current folder.")
    Path repo;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (only on a terminal), always or never. Default: ${DEFAULT-VALUE}.")
    Colour colour;

    @Override
    public Integer call() {
        DiffOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        boolean equal;
        if (fleet != null) {
            if (!sides.isEmpty() || profile != null || allProfiles) {
                throw usage("--fleet compares the fleet's cells: give no OLD NEW, --profile or --all-profiles");
            }
            Map<String, DiffReport> reports = againstFleet(options);
            if (output != Format.json) {
                FleetDiff.summary(reports, output == Format.markdown, out);
            }
            writer().write(reports, out);
            equal = reports.values().stream().allMatch(DiffReport::isEmpty);
        } else if (ref != null) {
            Map<String, DiffReport> reports = againstRevision(options);
            if (allProfiles) {
                writer().write(reports, out);
            } else {
                writer().write(reports.get(profile), out);
            }
            equal = reports.values().stream().allMatch(DiffReport::isEmpty);
        } else {
            ArchitectureSummary summary = new ArchitectureSummary(new ArchitectureTerms(modelOptions.architecture()), "")
                    .forProfile(profile);
            DiffReport report = new ManifestDiffer(summary).compare(side(0), side(1), options);
            writer().write(report, out);
            equal = report.isEmpty();
        }
        out.flush();
        return equal ? Main.OK : Main.FINDINGS;
    }

    private Map<String, DiffReport> againstFleet(DiffOptions options) {
        Path fleetFile = fleet.toAbsolutePath();
        if (ref == null) {
            Path root = repo.toAbsolutePath();
            return FleetDiff.compare(fleetFile, root.resolve("profiles"), root.resolve(FleetDiff.MANIFESTS), options);
        }
        try (GitWorktree revision = GitWorktree.checkout(repo.toAbsolutePath(), ref)) {
            return FleetDiff.compare(fleetFile, revision.repository().resolve("profiles"),
                    revision.root().resolve(FleetDiff.MANIFESTS), options);
        }
    }

    private Map<String, DiffReport> againstRevision(DiffOptions options) {
        if ((profile == null) == !allProfiles || !sides.isEmpty()) {
            throw usage("--ref needs --profile NAME or --all-profiles, and no OLD NEW: it compares output/manifests/"
                    + " at the revision with the profiles rendered from the working tree");
        }
        RevisionDiff revision = new RevisionDiff(repo.toAbsolutePath(), ref, options, modelOptions.architecture());
        return allProfiles ? revision.allProfiles() : Map.of(profile, revision.profile(profile));
    }

    private ManifestSet side(int index) {
        if (sides.size() != 2 || allProfiles) {
            throw usage(profile != null || allProfiles
                    ? "--profile and --all-profiles compare with a revision: add --ref GIT_REF, or give OLD and NEW"
                    : "give OLD and NEW, each a manifest file or folder, or a chart");
        }
        Path path = sides.get(index);
        return ChartRenderer.isChart(path) ? charts.render(path, index == 0) : read(path);
    }

    private static ManifestSet read(Path path) {
        try {
            return new ManifestReader().read(List.of(path));
        } catch (UnreadableManifestsException e) {
            throw new InputException(e.findings());
        }
    }

    private DiffOptions options() {
        List<PathPattern> patterns = new ArrayList<>();
        for (String path : ignore) {
            try {
                patterns.add(PathPattern.parse(path));
            } catch (IllegalArgumentException e) {
                throw new InputException(List.of(Finding.error("--ignore", "", e.getMessage(),
                        "write keys with dots as metadata.labels[\"helm.sh/chart\"], items as containers[name=wwe]")));
            }
        }
        return new DiffOptions(patterns, Set.copyOf(kinds), Set.copyOf(excludeKinds), order);
    }

    private DiffWriter writer() {
        return switch (output) {
            case markdown -> new MarkdownDiffWriter();
            case json -> new JsonDiffWriter();
            case text -> new TextDiffWriter(colourful() ? Palette.ANSI : Palette.NONE);
        };
    }

    private boolean colourful() {
        return colour == Colour.always || colour == Colour.auto && CommandLine.Help.Ansi.AUTO.enabled();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
