package dev.wwegen.emit;

import java.nio.file.Path;

/**
 * The output folder as the user named it ({@code output}, {@code ../out}), so findings show paths the user can
 * type, not absolute ones.
 */
record OutputRoot(Path path) {

    /** The file or directory at a relative output path; {@code ""} is the root itself. */
    Path resolve(String relative) {
        return relative.isEmpty() ? path : path.resolve(relative);
    }

    /** How findings name {@code relative}: the root as given, then the relative path. */
    String shown(String relative) {
        String shown = resolve(relative).toString();
        return shown.isEmpty() ? "." : shown;
    }
}
