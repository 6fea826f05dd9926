package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedFilesTest {

    @TempDir
    Path temp;

    private Path written() throws Exception {
        Path out = temp.resolve("out");
        Emitter.write(out, FileSet.builder().add("docs/dev/a.svg", "<svg/>\n").add("top.txt", "top\n").build(),
                Set.of());
        return out;
    }

    private static String text(OwnedFiles files, String path) {
        return files.read(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("(none)");
    }

    @Test
    void readsTheFilesThatTheLedgerLists() throws Exception {
        OwnedFiles files = OwnedFiles.in(written());
        assertThat(text(files, "docs/dev/a.svg")).isEqualTo("<svg/>\n");
        assertThat(text(files, "top.txt")).isEqualTo("top\n");
    }

    @Test
    void aFileWwegenDidNotWriteIsNotRead() throws Exception {
        Path out = written();
        Files.writeString(out.resolve("docs/dev/b.svg"), "<svg/>\n");
        assertThat(text(OwnedFiles.in(out), "docs/dev/b.svg")).isEqualTo("(none)");
    }

    @Test
    void anOwnedPathThatIsNowALinkIsNotReadThrough() throws Exception {
        Path out = written();
        Path victim = Files.writeString(temp.resolve("victim.svg"), "secret\n");
        Files.delete(out.resolve("docs/dev/a.svg"));
        Files.createSymbolicLink(out.resolve("docs/dev/a.svg"), victim);
        assertThat(text(OwnedFiles.in(out), "docs/dev/a.svg")).isEqualTo("(none)");
    }

    @Test
    void anOwnedFileBehindAFolderLinkIsNotRead() throws Exception {
        Path out = written();
        Path elsewhere = temp.resolve("elsewhere");
        Files.move(out.resolve("docs"), elsewhere);
        Files.createSymbolicLink(out.resolve("docs"), elsewhere);
        assertThat(Files.readString(out.resolve("docs/dev/a.svg"))).isEqualTo("<svg/>\n");
        assertThat(text(OwnedFiles.in(out), "docs/dev/a.svg")).isEqualTo("(none)");
    }

    @Test
    void aMissingFolderOrLedgerHasNoFiles() throws Exception {
        assertThat(text(OwnedFiles.in(temp.resolve("fresh")), "top.txt")).isEqualTo("(none)");
        Path out = written();
        Files.delete(out.resolve(Ledger.FILE_NAME));
        assertThat(text(OwnedFiles.in(out), "top.txt")).isEqualTo("(none)");
        assertThat(text(OwnedFiles.none(), "top.txt")).isEqualTo("(none)");
    }

    @Test
    void anOwnedFileLargerThanTheBoundIsNotRead() throws Exception {
        Path out = temp.resolve("big");
        Emitter.write(out, FileSet.builder().add("big.svg", new byte[OwnedFiles.MAX_BYTES + 1]).build(), Set.of());
        assertThat(OwnedFiles.in(out).read("big.svg")).isEmpty();
    }
}
