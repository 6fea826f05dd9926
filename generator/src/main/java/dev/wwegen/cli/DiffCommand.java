package dev.wwegen.cli;

import dev.wwegen.diff.ArchitectureSummary;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code wwegen diff}: compares two sets of manifests object by object and field by field. Exit 0 when
 * they are equal, 1 when they differ, 2 on bad input.
 */
@Command(name = "diff", sortOptions = false,
        description = {"Compare two sets of Kubernetes manifests, as Kubernetes sees them.",
                "Exit 0 when equal, 1 when different, 2 on bad input."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    enum Colour { auto, always, never }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "OLD NEW",
            description = "Each a manifest file or a folder of them (searched for *.yaml, *.yml, *.json).")
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

    @Option(names = "--profile", paramLabel = "NAME",
            description = "With --ref: the profile whose output/manifests/NAME/ to compare. Names the architecture notes.")
    String profile;

    @Option(names = "--ref", paramLabel = "GIT_REF",
            description = "Compare the profile's manifests committed at this revision with the working tree's.")
    String ref;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "A folder inside the git repository for --ref. Default: the current folder.")
    Path repo;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (only on a terminal), always or never. Default: ${DEFAULT-VALUE}.")
    Colour colour;

    @Override
    public Integer call() {
        DiffOptions options = options();
        ArchitectureSummary summary = ArchitectureSummary.reference().forProfile(profile);
        DiffReport report;
        if (ref != null) {
            report = againstRevision(options, summary);
        } else {
            report = new ManifestDiffer(summary).compare(read(side(0)), read(side(1)), options);
        }
        PrintWriter out = spec.commandLine().getOut();
        writer().write(report, out);
        out.flush();
        return report.isEmpty() ? Main.OK : Main.FINDINGS;
    }

    private DiffReport againstRevision(DiffOptions options, ArchitectureSummary summary) {
        if (profile == null || !sides.isEmpty()) {
            throw usage("--ref needs --profile NAME and no OLD NEW: it compares output/manifests/NAME/ at the revision"
                    + " with the working tree");
        }
        Path manifests = Path.of("output", "manifests", profile);
        try (GitWorktree revision = GitWorktree.checkout(repo.toAbsolutePath(), ref)) {
            Path old = revision.root().resolve(manifests);
            if (!Files.isDirectory(old)) {
                throw new InputException(List.of(Finding.error(ref + ":" + manifests, "",
                        "no manifests of profile '" + profile + "' at this revision",
                        "check the profile name, or generate and commit its manifests")));
            }
            ManifestSet before = read(old);
            ManifestSet after = read(revision.repository().resolve(manifests));
            return new ManifestDiffer(summary).compare(before, after, options);
        }
    }

    private Path side(int index) {
        if (sides.size() != 2) {
            throw usage(profile != null
                    ? "rendering a profile from source is not available yet: give OLD and NEW, or --ref"
                    : "give OLD and NEW, each a manifest file or folder");
        }
        Path path = sides.get(index);
        if (path.toString().endsWith(".tgz") || Files.isRegularFile(path.resolve("Chart.yaml"))) {
            throw new InputException(List.of(Finding.error(path.toString(), "", "Helm charts are not compared yet",
                    "render both sides with helm template into files and compare those")));
        }
        return path;
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
