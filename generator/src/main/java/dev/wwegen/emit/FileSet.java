package dev.wwegen.emit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files one run produces: relative path (forward slashes) to bytes, sorted by path. Immutable.
 *
 * <p>Paths are checked when added: relative, no {@code .} or {@code ..} segment, no empty segment, no backslash,
 * not wwegen's own ledger or temp names, and no path that is both a file and another file's directory.
 */
public final class FileSet {

    private final TreeMap<String, byte[]> files;

    private FileSet(TreeMap<String, byte[]> files) {
        this.files = files;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The paths, sorted. */
    public SortedSet<String> paths() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** A copy of the bytes at {@code path}; throws if the set has no such file. */
    public byte[] bytes(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("file set has no file '" + path + "'");
        }
        return bytes.clone();
    }

    public int size() {
        return files.size();
    }

    /**
     * Returns {@code path} if it is a valid output path, else throws naming it and what is wrong.
     * Also used for scopes and ledger lines, so every path wwegen touches passes the same test.
     */
    public static String requireRelative(String path) {
        return requireRelative(path, false);
    }

    /**
     * As {@link #requireRelative(String)}; with {@code internal}, wwegen's own names (ledger, journal, lock, temp
     * files) are allowed too, for the emitter's own bookkeeping.
     */
    static String requireRelative(String path, boolean internal) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("output path must not be empty");
        }
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("output path '" + path + "' must use '/' and no backslash or NUL");
        }
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("output path '" + path + "' must be relative");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("output path '" + path + "' has an empty segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("output path '" + path + "' must not contain '" + segment + "'");
            }
            if (!internal && segment.startsWith(AtomicFileWriter.TEMP_PREFIX)) {
                throw new IllegalArgumentException("output path '" + path + "' uses wwegen's temp-file prefix");
            }
        }
        if (!internal && (path.equals(Ledger.FILE_NAME) || path.equals(Journal.FILE_NAME)
                || path.equals(OutputLock.FILE_NAME))) {
            throw new IllegalArgumentException("output path '" + path + "' is one of wwegen's own files");
        }
        return path;
    }

    /** Collects files; {@link #build()} checks that no path is also used as a directory. */
    public static final class Builder {

        private final TreeMap<String, byte[]> files = new TreeMap<>();

        private Builder() {
        }

        /** Adds a file; a path may be added once. */
        public Builder add(String path, byte[] bytes) {
            requireRelative(path);
            if (files.putIfAbsent(path, bytes.clone()) != null) {
                throw new IllegalArgumentException("output path '" + path + "' is added twice");
            }
            return this;
        }

        /**
         * Adds a file without copying its bytes: for a caller that made the array and never changes it again (a run of
         * 1,000 profiles holds 120 MB of files, and a copy of each would double that).
         */
        public Builder addUncopied(String path, byte[] bytes) {
            requireRelative(path);
            if (files.putIfAbsent(path, bytes) != null) {
                throw new IllegalArgumentException("output path '" + path + "' is added twice");
            }
            return this;
        }

        /** Adds a text file, encoded as UTF-8. */
        public Builder add(String path, String text) {
            return add(path, text.getBytes(StandardCharsets.UTF_8));
        }

        public FileSet build() {
            for (String path : files.keySet()) {
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    String directory = path.substring(0, slash);
                    if (files.containsKey(directory)) {
                        throw new IllegalArgumentException("output path '" + directory
                                + "' is a file and also the directory of '" + path + "'");
                    }
                }
            }
            return new FileSet(new TreeMap<>(files));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileSet that && files.keySet().equals(that.files.keySet())
                && files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), that.files.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return files.entrySet().stream().mapToInt(e -> e.getKey().hashCode() ^ Arrays.hashCode(e.getValue())).sum();
    }

    @Override
    public String toString() {
        return "FileSet" + files.keySet();
    }

    Map<String, byte[]> view() {
        return Collections.unmodifiableMap(files);
    }
}
