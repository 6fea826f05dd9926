package dev.wwegen.diff;

import java.util.function.Consumer;

/** A back end's URL in the browser configuration (a ConfigMap key ending in {@code Url}): {@code back end gws: URL changed}. */
final class BackendUrlNote implements ArchitectureNote {

    @Override
    public void describe(ObjectDiff diff, ArchitectureTerms terms, Consumer<String> notes) {
        if (!diff.key().group().isEmpty() || !diff.key().kind().equals("ConfigMap")) {
            return;
        }
        for (FieldChange change : diff.changes()) {
            var segments = change.path().segments();
            if (segments.size() == 2 && change.path().head().equals("data")
                    && segments.get(1) instanceof PathSegment.Key key && ArchitectureTerms.isBackendUrl(key.name())) {
                notes.accept("back end " + terms.backendFor(key.name()) + ": URL " + change.change().word());
            }
        }
    }
}
