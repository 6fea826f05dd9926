package dev.wwegen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares two manifest sets object by object, matching objects by {@link ObjectKey} so an API version
 * move is a change of one object, and adds the architecture summary when wwegen generated both sides.
 */
public final class ManifestDiffer {

    private final ArchitectureSummary summary;

    /** A differ that says architecture changes in the terms of the given summary. */
    public ManifestDiffer(ArchitectureSummary summary) {
        this.summary = summary;
    }

    /** A differ whose architecture summary knows the WWE reference architecture's connections. */
    public ManifestDiffer() {
        this(ArchitectureSummary.reference());
    }

    public DiffReport compare(ManifestSet before, ManifestSet after, DiffOptions options) {
        TreeSet<ObjectKey> keys = new TreeSet<>(before.objects().keySet());
        keys.addAll(after.objects().keySet());
        List<ObjectDiff> objects = new ArrayList<>();
        int unchanged = 0;
        for (ObjectKey key : keys) {
            if (!options.includes(key)) {
                continue;
            }
            Manifest old = before.get(key).orElse(null);
            Manifest now = after.get(key).orElse(null);
            if (old == null) {
                objects.add(new ObjectDiff(key, ObjectDiff.Status.ADDED, null, now, List.of()));
            } else if (now == null) {
                objects.add(new ObjectDiff(key, ObjectDiff.Status.REMOVED, old, null, List.of()));
            } else {
                boolean secret = key.group().isEmpty() && key.kind().equals("Secret");
                List<FieldChange> changes = TreeDiffer.compare(old.body(), now.body(), options, secret);
                if (changes.isEmpty()) {
                    unchanged++;
                } else {
                    objects.add(new ObjectDiff(key, ObjectDiff.Status.CHANGED, old, now, changes));
                }
            }
        }
        DiffReport report = new DiffReport(objects, unchanged, List.of());
        boolean wwegen = before.generatedByWwegen() && after.generatedByWwegen();
        return wwegen ? report.withArchitecture(summary.notes(report)) : report;
    }
}
