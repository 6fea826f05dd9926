package dev.wwegen.emit;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ownership ledger {@code <root>/.wwegen-owned}: one relative path per line, sorted, after a comment line.
 * A file is wwegen's, and so may be replaced or deleted, exactly when its path is in the ledger.
 */
final class Ledger {

    static final String FILE_NAME = ".wwegen-owned";

    private static final String HEADER =
            "# Files wwegen wrote in this folder; it replaces or deletes only these. Written by wwegen, do not edit.";

    private Ledger() {
    }

    /**
     * The owned paths under {@code root}; none if there is no ledger. Problems with the ledger become findings
     * (an owned set that cannot be trusted must stop the run) and the readable lines are still returned.
     */
    static SortedSet<String> read(OutputRoot root, List<Finding> findings) {
        SortedSet<String> owned = new TreeSet<>();
        OutputRoot.Entry entry = root.inspect(FILE_NAME);
        if (entry.kind() == OutputRoot.Kind.ABSENT) {
            return owned;
        }
        String shown = root.shown(FILE_NAME);
        if (entry.kind() == OutputRoot.Kind.LINK) {
            findings.add(root.blocked(entry));
            return owned;
        }
        if (entry.kind() != OutputRoot.Kind.FILE) {
            findings.add(Finding.error(shown, "", "the ownership ledger is not a file",
                    "move it away; wwegen writes this file"));
            return owned;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(root.confined(FILE_NAME), StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(Finding.error(shown, "", "could not read the ownership ledger: " + IoReasons.of(e),
                    "make it readable, or choose another --out"));
            return owned;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                owned.add(FileSet.requireRelative(line));
            } catch (IllegalArgumentException e) {
                findings.add(Finding.error(shown + ":" + (i + 1), "", e.getMessage(),
                        "remove the line; wwegen lists only paths inside the output folder"));
            }
        }
        return owned;
    }

    /** The ledger's bytes for {@code owned}: the comment line, then the paths in order. */
    static byte[] bytes(SortedSet<String> owned) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        owned.forEach(path -> text.append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
