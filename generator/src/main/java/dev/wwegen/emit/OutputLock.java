package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One writer at a time per output folder: an OS file lock on {@code <root>/.wwegen-lock} (released by the OS when
 * the process ends, however it ends, so a lock can never be left stale). The holder writes its pid, host, command
 * and start time into the file, so a run that waits in vain can say who holds it. A second run waits up to a
 * bounded time, then stops with exit 2. The file itself stays (deleting it would let two runs lock two files).
 * {@code --check} takes the lock shared, so it waits for a writer but not for another check.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".wwegen-lock";

    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock for writing, creating the lock file; waits at most {@code wait}. */
    static OutputLock exclusive(OutputRoot root, Duration wait) throws EmitException {
        return take(root, wait, false);
    }

    /** Takes the lock shared (for reading), if the folder has a lock file; null if it has none. */
    static OutputLock shared(OutputRoot root, Duration wait) throws EmitException {
        return root.inspect(FILE_NAME).kind() == OutputRoot.Kind.ABSENT ? null : take(root, wait, true);
    }

    private static OutputLock take(OutputRoot root, Duration wait, boolean shared) throws EmitException {
        FileChannel channel;
        try {
            Path file = root.confined(FILE_NAME);
            channel = shared ? FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (OutputRoot.Blocked e) {
            throw new EmitException(List.of(e.finding()));
        } catch (IOException e) {
            throw new EmitException(List.of(Finding.error(root.shown(FILE_NAME), "", "could not open the lock file "
                    + root.shown(FILE_NAME) + ": " + IoReasons.of(e), "make the output folder writable, or choose"
                    + " another --out")));
        }
        try {
            Instant deadline = Instant.now().plus(wait);
            while (true) {
                FileLock lock = tryLock(channel, shared);
                if (lock != null) {
                    OutputLock held = new OutputLock(channel, lock);
                    if (!shared) {
                        held.describe();
                    }
                    return held;
                }
                if (!Instant.now().isBefore(deadline)) {
                    throw new EmitException(List.of(busy(root, wait)));
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            close(channel);
            throw new EmitException(List.of(Finding.error(root.shown(FILE_NAME), "", "could not lock "
                    + root.shown(FILE_NAME) + ": " + IoReasons.of(e), "use a local folder as --out")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            throw new EmitException(List.of(Finding.error(root.shown(FILE_NAME), "", "interrupted while waiting for"
                    + " the lock", "run again")));
        } catch (EmitException e) {
            close(channel);
            throw e;
        }
    }

    /** A lock, or null while another process, or another thread of this JVM, holds it. */
    private static FileLock tryLock(FileChannel channel, boolean shared) throws IOException {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private void describe() throws IOException {
        String text = "pid " + ProcessHandle.current().pid() + " on " + host() + ", " + command() + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static Finding busy(OutputRoot root, Duration wait) {
        String holder;
        try {
            holder = Files.readString(root.confined(FILE_NAME), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            holder = "";
        }
        String who = holder.isEmpty() ? "another wwegen run" : "another wwegen run (" + holder + ")";
        return Finding.error(root.shown(""), "", "the output folder is in use by " + who + "; waited "
                + (wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s"), "let that run finish and run again, or wait longer with "
                + EmitSettings.LOCK_WAIT_VARIABLE + "=SECONDS");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    private static String command() {
        String command = System.getProperty("sun.java.command", "wwegen");
        command = command.replaceAll("\\p{Cntrl}", " ");
        return command.length() > 200 ? command.substring(0, 200) + "…" : command;
    }

    @Override
    public void close() {
        try {
            if (lock.isValid() && !lock.isShared()) {
                channel.truncate(0);
            }
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases the lock in any case.
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to do: the OS drops the lock with the descriptor.
        }
    }
}
