package dev.wwegen.cli;

import dev.wwegen.diff.ArchitectureSummary;
import dev.wwegen.diff.ArchitectureTerms;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.diff.DiffOptions;
import dev.wwegen.diff.DiffReport;
import dev.wwegen.diff.ManifestDiffer;
import dev.wwegen.diff.ManifestReader;
import dev.wwegen.diff.ManifestSet;
import dev.wwegen.diff.UnreadableManifestsException;
import dev.wwegen.dsl.check.Finding;

import java.io.IOException;
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
 * {@code wwegen diff --ref REV}: for each profile, OLD is {@code output/manifests/NAME} as committed at the
 * revision (CI keeps output/ current at every commit, so that is what the revision generates) and NEW is the
 * profile rendered in memory from the working tree's {@code profiles/}. The revision is read from a temporary
 * git worktree, removed again in every case; the user's tree, index and branches are never touched.
 */
final class RevisionDiff {

    private static final Path MANIFESTS = Path.of("output", "manifests");

    private final Path repo;
    private final String ref;
    private final DiffOptions options;
    private final Architecture architecture;

    RevisionDiff(Path repo, String ref, DiffOptions options, Architecture architecture) {
        this.architecture = architecture;
        this.repo = repo;
        this.ref = ref;
        this.options = options;
    }

    /** One profile; bad input when the revision has no manifests of it. */
    DiffReport profile(String name) {
        try (GitWorktree revision = GitWorktree.checkout(repo, ref)) {
            Path old = revision.root().resolve(MANIFESTS).resolve(name);
            if (!Files.isDirectory(old)) {
                throw new InputException(List.of(Finding.error(ref + ":" + MANIFESTS.resolve(name), "",
                        "no manifests of profile '" + name + "' at this revision",
                        "check the profile name, or generate and commit its manifests")));
            }
            return compare(name, read(old), profiles(revision).render(name));
        }
    }

    /**
     * Every profile of the working tree and every profile the revision has manifests of, by name: one only
     * in the working tree is all added, one only at the revision all removed. The findings of every profile
     * that does not render are reported together.
     */
    Map<String, DiffReport> allProfiles() {
        try (GitWorktree revision = GitWorktree.checkout(repo, ref)) {
            RenderedProfile rendered = profiles(revision);
            List<String> current = rendered.names();
            SortedSet<String> names = new TreeSet<>(current);
            names.addAll(committed(revision.root().resolve(MANIFESTS)));
            Map<String, DiffReport> reports = new LinkedHashMap<>();
            List<Finding> findings = new ArrayList<>();
            for (String name : names) {
                Path old = revision.root().resolve(MANIFESTS).resolve(name);
                try {
                    ManifestSet before = Files.isDirectory(old) ? read(old) : empty();
                    ManifestSet after = current.contains(name) ? rendered.render(name) : empty();
                    reports.put(name, compare(name, before, after));
                } catch (InputException e) {
                    findings.addAll(e.findings());
                }
            }
            if (!findings.isEmpty()) {
                throw new InputException(findings);
            }
            return reports;
        }
    }

    private RenderedProfile profiles(GitWorktree revision) {
        return new RenderedProfile(revision.repository().resolve("profiles"), architecture);
    }

    private DiffReport compare(String name, ManifestSet before, ManifestSet after) {
        return new ManifestDiffer(new ArchitectureSummary(new ArchitectureTerms(architecture), name)).compare(before, after, options);
    }

    /** The profiles whose manifests the revision holds: the folders under output/manifests. */
    private SortedSet<String> committed(Path manifests) {
        SortedSet<String> names = new TreeSet<>();
        if (!Files.isDirectory(manifests)) {
            return names;
        }
        try (Stream<Path> folders = Files.list(manifests)) {
            folders.filter(Files::isDirectory).forEach(folder -> names.add(folder.getFileName().toString()));
        } catch (IOException e) {
            throw new InputException(List.of(Finding.error(ref + ":" + MANIFESTS, "", "could not list the folder: "
                    + e.getMessage(), "")));
        }
        return names;
    }

    private static ManifestSet empty() {
        return new ManifestSet(List.of());
    }

    private static ManifestSet read(Path path) {
        try {
            return new ManifestReader().read(List.of(path));
        } catch (UnreadableManifestsException e) {
            throw new InputException(e.findings());
        }
    }
}
