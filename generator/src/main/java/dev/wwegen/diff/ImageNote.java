package dev.wwegen.diff;

import java.util.function.Consumer;

/** A container's image: {@code image tag 100.0.1 → 100.0.2}, or the whole reference when the repository moved. */
final class ImageNote implements ArchitectureNote {

    @Override
    public void describe(ObjectDiff diff, ArchitectureTerms terms, Consumer<String> notes) {
        for (FieldChange change : diff.changes()) {
            if (change.change() != FieldChange.Change.CHANGED || !isContainerImage(change.path())) {
                continue;
            }
            String before = String.valueOf(change.before());
            String after = String.valueOf(change.after());
            if (repository(before).equals(repository(after))) {
                notes.accept("image tag " + ArchitectureNote.move(tag(before), tag(after)));
            } else {
                notes.accept("image " + ArchitectureNote.move(before, after));
            }
        }
    }

    private static boolean isContainerImage(FieldPath path) {
        String text = path.toString();
        return text.endsWith(".image") && text.contains("ontainers[");
    }

    /** The reference without its tag or digest (a registry's port is part of the repository). */
    private static String repository(String image) {
        int colon = tagColon(image);
        return colon < 0 ? image : image.substring(0, colon);
    }

    private static String tag(String image) {
        int colon = tagColon(image);
        return colon < 0 ? "(none)" : image.substring(colon + 1);
    }

    /** Where the tag or digest starts: a digest after {@code @}, else a colon after the last slash. */
    private static int tagColon(String image) {
        int at = image.indexOf('@');
        if (at >= 0) {
            return at;
        }
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? colon : -1;
    }
}
