package dev.wwegen.diff;

import dev.wwegen.dsl.reference.WweReference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says a diff of wwegen output in architecture terms: replicas, image tag, connection ports, back-end URLs,
 * hosts, in that order. Each kind of note is an {@link ArchitectureNote}; the same note said by two objects (a
 * port seen in the Deployment and in the Service) is said once. When a profile is named, each note ends with it:
 * {@code replicas 3 → 4 (prod)}.
 */
public final class ArchitectureSummary {

    private static final List<ArchitectureNote> NOTES = List.of(
            new ReplicasNote(), new ImageNote(), new PortNote(), new BackendUrlNote(), new HostNote(), new EgressNote());

    private final ArchitectureTerms terms;
    private final String profile;

    public ArchitectureSummary(ArchitectureTerms terms, String profile) {
        this.terms = terms;
        this.profile = profile == null ? "" : profile;
    }

    /** The summary for the WWE reference architecture (connections 1–9 of Genesys's page), no profile. */
    public static ArchitectureSummary reference() {
        return new ArchitectureSummary(new ArchitectureTerms(WweReference.architecture()), "");
    }

    /** The same summary, its notes naming {@code profileName}. */
    public ArchitectureSummary forProfile(String profileName) {
        return new ArchitectureSummary(terms, profileName);
    }

    public List<String> notes(DiffReport report) {
        Set<String> notes = new LinkedHashSet<>();
        for (ArchitectureNote note : NOTES) {
            for (ObjectDiff diff : report.objects()) {
                note.describe(diff, terms, text -> notes.add(profile.isEmpty() ? text : text + " (" + profile + ")"));
            }
        }
        return List.copyOf(notes);
    }
}
