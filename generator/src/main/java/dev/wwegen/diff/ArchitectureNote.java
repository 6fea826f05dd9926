package dev.wwegen.diff;

import java.util.function.Consumer;

/**
 * One way to say a manifest change in architecture terms ("replicas 3 → 4"). Each implementation reads
 * one kind of change; a new kind of note is a new class, added to {@link ArchitectureSummary}.
 */
interface ArchitectureNote {

    /** Says what {@code diff} means for the architecture, if anything this note knows about. */
    void describe(ObjectDiff diff, ArchitectureTerms terms, Consumer<String> notes);

    /** {@code a → b}, the arrow every note uses. */
    static String move(Object before, Object after) {
        return before + " → " + after;
    }
}
