package dev.wwegen.docs;

import java.util.Optional;

/**
 * What the page's folder held after an earlier run, read by whoever owns the disk (the pipeline, from the
 * output folder's owned files); the docs stage uses an SVG from it again when its stamp proves it current.
 */
@FunctionalInterface
public interface EarlierFiles {

    /** No earlier run: every diagram is laid out. */
    EarlierFiles NONE = path -> Optional.empty();

    /** The bytes an earlier run wrote at {@code path}, relative to the page's folder ({@code data-flows.svg}). */
    Optional<byte[]> read(String path);
}
