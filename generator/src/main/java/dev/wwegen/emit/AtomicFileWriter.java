package dev.wwegen.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Replaces one file atomically: the bytes go to a temp file beside it, which is then renamed over it, so a reader
 * (or a crash) sees the old file or the new one, never half of one. The temp file is removed if anything fails.
 */
final class AtomicFileWriter {

    /** Every temp file's name starts with this, so a leftover one is recognisably wwegen's. */
    static final String TEMP_PREFIX = ".wwegen-tmp";

    private AtomicFileWriter() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        // Not Files.createTempFile: that makes the file 0600, and the rename would carry that mode to the output.
        Path temp = target.resolveSibling(TEMP_PREFIX + "-" + UUID.randomUUID());
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            keepPermissions(target, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
        }
    }
}
