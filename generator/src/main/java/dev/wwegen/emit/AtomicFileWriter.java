package dev.wwegen.emit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Durable, atomic file writes under an {@link OutputRoot}: the bytes go to a temp file beside the target (created
 * new, never through a link, flushed to disk), which is then renamed over the target, and the folder is flushed,
 * so a reader or a crash sees the old file or the new one, never half of one. The temp file is removed if anything
 * fails.
 */
final class AtomicFileWriter {

    /** Every temp file's name starts with this, so a leftover one is recognisably wwegen's. */
    static final String TEMP_PREFIX = ".wwegen-tmp";

    private static final int FLUSH_THREADS = 16;

    private AtomicFileWriter() {
    }

    /** A fresh temp file name, {@code .wwegen-tmp-<uuid>}. */
    static String tempName() {
        return TEMP_PREFIX + "-" + UUID.randomUUID();
    }

    /** Replaces {@code relative} (a file directly under an existing folder of the root) atomically and durably. */
    static void write(OutputRoot root, String relative, byte[] bytes) throws IOException {
        Path target = root.confined(relative);
        Path temp = target.resolveSibling(tempName());
        try {
            writeTemp(temp, target, bytes);
            Files.move(temp, root.confined(relative), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            syncFolder(target.getParent());
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Writes {@code bytes} to the new file {@code temp} and flushes it to disk; the temp gets {@code target}'s
     * permissions when the target exists. Not Files.createTempFile: that makes the file 0600, and the rename would
     * carry that mode to the output.
     */
    static void writeTemp(Path temp, Path target, byte[] bytes) throws IOException {
        writeTemp(temp, target, bytes, true);
    }

    /** As {@link #writeTemp(Path, Path, byte[])}; without {@code flush}, the caller flushes it ({@link #flush}). */
    static void writeTemp(Path temp, Path target, byte[] bytes, boolean flush) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (flush) {
                channel.force(true);
            }
        }
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (old != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
        }
    }

    /**
     * Flushes the files to disk, several at a time: file systems such as ext4 commit concurrent flushes together,
     * so a set of a hundred files costs a few commits, not a hundred.
     */
    static void flush(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(FLUSH_THREADS, files.size()));
        try {
            List<Future<Void>> flushes = new ArrayList<>();
            for (Path file : files) {
                flushes.add(pool.submit(() -> {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS)) {
                        channel.force(true);
                    }
                    return null;
                }));
            }
            for (Future<Void> flush : flushes) {
                flush.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while flushing files to disk", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Flushes a folder's entries (renames, deletions) to disk; a file system that cannot is left as it is. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open or flush a folder; the rename is still atomic there.
        }
    }
}
