package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Read access to the files an earlier run wrote under an output root (those in its {@code .wwegen-owned} ledger),
 * for output that is costly to make again and can prove it is still what this run would make (the diagrams: see
 * {@code docs.SvgStamp}). Never writes, takes no lock, and never reads through a link below the root
 * ({@link OutputRoot}). Anything it cannot trust or read — no folder, an unreadable ledger, a file not in the
 * ledger, a link, a file larger than {@link #MAX_BYTES} — is simply absent: the caller makes the file again, and
 * {@link Emitter} reports what is wrong with the folder when it writes or checks it.
 *
 * <p>It does not take the folder's lock: a run that writes meanwhile replaces each file by a rename, so a read
 * sees one whole file, old or new, and the caller verifies what it reads.
 */
public final class OwnedFiles {

    /** Larger files are not read (a diagram is tens of kilobytes). */
    static final int MAX_BYTES = 4 << 20;

    private static final OwnedFiles NONE = new OwnedFiles(null, new TreeSet<>());

    private final OutputRoot root;
    private final SortedSet<String> owned;

    private OwnedFiles(OutputRoot root, SortedSet<String> owned) {
        this.root = root;
        this.owned = owned;
    }

    /** The owned files under {@code root} (as the user named it); none when it is not a folder or has no ledger. */
    public static OwnedFiles in(Path root) {
        OutputRoot output = new OutputRoot(root);
        if (output.inspect("").kind() != OutputRoot.Kind.DIRECTORY) {
            return NONE;
        }
        var findings = new ArrayList<Finding>();
        SortedSet<String> owned = Ledger.read(output, findings);
        return findings.isEmpty() && !owned.isEmpty() ? new OwnedFiles(output, owned) : NONE;
    }

    /** No files: for a run whose output folder is not known, or must not be reused. */
    public static OwnedFiles none() {
        return NONE;
    }

    /** The bytes of the owned file at {@code relative}, if it is a plain file reached without links. */
    public Optional<byte[]> read(String relative) {
        if (!owned.contains(relative) || root.inspect(relative).kind() != OutputRoot.Kind.FILE) {
            return Optional.empty();
        }
        try {
            Path path = root.confined(relative);
            // NOFOLLOW_LINKS: a link swapped in after the inspection is not followed (O_NOFOLLOW)
            try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS);
                 InputStream in = Channels.newInputStream(channel)) {
                if (channel.size() > MAX_BYTES) {
                    return Optional.empty();
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
