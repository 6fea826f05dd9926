package dev.wwegen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The Ingress host agents reach WWE on: {@code host wwe.example.com → wwe.example.org}. */
final class HostNote implements ArchitectureNote {

    @Override
    public void describe(ObjectDiff diff, ArchitectureTerms terms, Consumer<String> notes) {
        if (!diff.key().kind().equals("Ingress")) {
            return;
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (FieldChange change : diff.changes()) {
            var last = change.path().last();
            String path = change.path().toString();
            if (last instanceof PathSegment.Item item && item.field().equals("host") && path.startsWith("spec.rules[")) {
                (change.change() == FieldChange.Change.ADDED ? added : removed).add(item.value());
            } else if (path.matches("spec\\.rules\\[\\d+]\\.host") && change.change() == FieldChange.Change.CHANGED) {
                notes.accept("host " + ArchitectureNote.move(change.before(), change.after()));
            }
        }
        if (removed.size() == 1 && added.size() == 1) {
            notes.accept("host " + ArchitectureNote.move(removed.get(0), added.get(0)));
            return;
        }
        removed.forEach(host -> notes.accept("host " + host + " removed"));
        added.forEach(host -> notes.accept("host " + host + " added"));
    }
}
