package dev.wwegen.diff;

import java.util.List;

/**
 * The diff lines of one field change, shared by the text and markdown writers: an added field is a
 * {@code +} line, a removed one a {@code -} line, a changed value a {@code -} and a {@code +} line, and what
 * has no old and new value to show (a reorder, a hidden Secret value) a {@code ~} line.
 */
final class FieldLines {

    /** One line: its sign ({@code +}, {@code -} or {@code ~}) and its text, {@code path: value}. */
    record Line(char sign, String text) {
    }

    private FieldLines() {
    }

    static List<Line> of(FieldChange change) {
        String path = change.path() + ": ";
        return switch (change.change()) {
            case ADDED -> List.of(new Line('+', path + shown(change, change.after())));
            case REMOVED -> List.of(new Line('-', path + shown(change, change.before())));
            case REORDERED -> List.of(new Line('~', path + "order " + ValueText.of(change.before()) + " → "
                    + ValueText.of(change.after())));
            case CHANGED -> change.hidden()
                    ? List.of(new Line('~', path + "changed " + ValueText.HIDDEN))
                    : List.of(new Line('-', path + ValueText.of(change.before())),
                            new Line('+', path + ValueText.of(change.after())));
        };
    }

    private static String shown(FieldChange change, Object value) {
        return change.hidden() ? ValueText.HIDDEN : ValueText.of(value);
    }
}
