package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The output folder, and the one way to reach a path under it. Every path wwegen creates, replaces or deletes is
 * looked up here: each segment below the root is examined without following links ({@code lstat}), and a link,
 * or a file where a folder must be, stops the operation with a {@link Blocked} naming it. The root itself is the
 * folder the user named and may be reached through a link; nothing below it is. Relative paths pass
 * {@link FileSet#requireRelative} first (no {@code ..}, no absolute path), so a confined path is inside the root.
 *
 * <p>Paths in findings are shown as the user named the root ({@code output}, {@code ../out}), so they can be typed.
 */
final class OutputRoot {

    private final Path path;

    OutputRoot(Path path) {
        this.path = path;
    }

    /** The root as the user named it. */
    Path path() {
        return path;
    }

    /** How findings name {@code relative}: the root as given, then the relative path. */
    String shown(String relative) {
        String shown = lexical(relative).toString();
        return shown.isEmpty() ? "." : shown;
    }

    /** What is at {@code relative}, looked at without following any link below the root. */
    Entry inspect(String relative) {
        if (relative.isEmpty()) {
            return Files.isDirectory(path) ? Entry.of(Kind.DIRECTORY, "") : Files.exists(path)
                    ? Entry.of(Kind.NOT_A_DIRECTORY, "") : Entry.of(Kind.ABSENT, "");
        }
        String[] segments = checked(relative).split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                prefix.append('/');
            }
            prefix.append(segments[i]);
            String at = prefix.toString();
            BasicFileAttributes attributes = attributes(lexical(at));
            boolean last = i == segments.length - 1;
            if (attributes == null) {
                return Entry.of(Kind.ABSENT, relative);
            } else if (attributes.isSymbolicLink()) {
                return Entry.of(Kind.LINK, at);
            } else if (last) {
                return attributes.isRegularFile() ? new Entry(Kind.FILE, at, attributes.size())
                        : Entry.of(attributes.isDirectory() ? Kind.DIRECTORY : Kind.OTHER, at);
            } else if (!attributes.isDirectory()) {
                return Entry.of(Kind.NOT_A_DIRECTORY, at);
            }
        }
        throw new AssertionError("unreachable");
    }

    /**
     * Whether the file {@link #inspect} found at {@code file} (kind {@link Kind#FILE}) holds exactly {@code bytes}. Read
     * by its path without looking at its folders again (inspect found real folders only), and only when the size
     * inspect saw matches: a compare only reads, and never reads a file of another size.
     */
    boolean holds(Entry file, byte[] bytes) throws IOException {
        return file.size() == bytes.length && Arrays.equals(Files.readAllBytes(lexical(file.at())), bytes);
    }

    /**
     * The path of {@code relative} for an operation that creates, replaces or deletes it: proven to lead through
     * real folders only and not to be a link itself. A missing path is fine (it is about to be created).
     *
     * @throws Blocked if a link or a file is in the way
     */
    Path confined(String relative) throws Blocked {
        Entry entry = inspect(relative);
        if (entry.kind() == Kind.LINK || entry.kind() == Kind.NOT_A_DIRECTORY) {
            throw new Blocked(this, entry);
        }
        Path resolved = lexical(relative);
        if (!resolved.normalize().startsWith(path.normalize())) {
            throw new IllegalStateException(resolved + " is outside the output folder " + path);
        }
        return resolved;
    }

    /** Creates the folder {@code relative} and its parents under the root, one segment at a time, never via a link. */
    void createFolders(String relative) throws IOException {
        Files.createDirectories(path);
        if (relative.isEmpty()) {
            return;
        }
        StringBuilder prefix = new StringBuilder();
        for (String segment : checked(relative).split("/")) {
            prefix.append(prefix.length() == 0 ? "" : "/").append(segment);
            Entry entry = inspect(prefix.toString());
            if (entry.kind() == Kind.ABSENT) {
                Files.createDirectory(lexical(prefix.toString()));
            } else if (entry.kind() != Kind.DIRECTORY) {
                throw new Blocked(this, entry.kind() == Kind.LINK ? entry : Entry.of(Kind.NOT_A_DIRECTORY,
                        prefix.toString()));
            }
        }
    }

    /** The names in folder {@code relative} (a confined, existing folder); none if it is not a folder. */
    List<String> list(String relative) throws IOException {
        List<String> names = new ArrayList<>();
        if (inspect(relative).kind() != Kind.DIRECTORY) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(confined(relative))) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }

    /** The finding for a link or file in the way of a path wwegen would write. */
    Finding blocked(Entry entry) {
        String shown = shown(entry.at());
        if (entry.kind() == Kind.LINK) {
            return Finding.error(shown, "", "is a symbolic link; wwegen never writes, replaces or deletes"
                    + " through a link", "replace the link by a real folder or file, or choose another --out");
        }
        return Finding.error(shown, "", "cannot create directory " + shown + ": a file is in the way",
                "move it away, or choose another --out");
    }

    private Path lexical(String relative) {
        return relative.isEmpty() ? path : path.resolve(relative);
    }

    private static String checked(String relative) {
        return FileSet.requireRelative(relative, true);
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What a path is, and where (the path itself, or the segment that is a link or a file in the way).
     *
     * @param size a file's size in bytes, as it was looked at; -1 for anything else
     */
    record Entry(Kind kind, String at, long size) {
        static Entry of(Kind kind, String at) {
            return new Entry(kind, at, -1);
        }
    }

    /** The kinds of thing {@link #inspect} finds. */
    enum Kind { ABSENT, FILE, DIRECTORY, OTHER, LINK, NOT_A_DIRECTORY }

    /** A link or a file in the way of a path wwegen was about to create, replace or delete. */
    static final class Blocked extends FileSystemException {

        private final transient Finding finding;

        Blocked(OutputRoot root, Entry entry) {
            super(root.shown(entry.at()), null, entry.kind() == Kind.LINK ? "is a symbolic link" : "is not a folder");
            this.finding = root.blocked(entry);
        }

        Finding finding() {
            return finding;
        }
    }
}
