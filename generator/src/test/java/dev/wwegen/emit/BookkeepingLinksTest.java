package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wwegen's own files (ledger, lock) planted as links, and special files where output goes: never followed. */
class BookkeepingLinksTest {

    @TempDir
    Path temp;

    private final FileSet files = FileSet.builder().add("a.yaml", "a\n").build();

    @Test
    void aLedgerThatIsALinkStopsTheRunAndIsNotWritten() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path victim = Files.writeString(temp.resolve("victim"), "victim\n");
        Files.createSymbolicLink(out.resolve(Ledger.FILE_NAME), victim);

        assertThatThrownBy(() -> Emitter.write(out, files, Set.of("")))
                .isInstanceOf(EmitException.class)
                .hasMessageContaining(out.resolve(Ledger.FILE_NAME) + " is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("victim\n");
        assertThat(out.resolve("a.yaml")).doesNotExist();
    }

    @Test
    void aLockFileThatIsALinkStopsTheRunAndIsNotWritten() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path victim = Files.writeString(temp.resolve("victim"), "victim\n");
        Files.createSymbolicLink(out.resolve(OutputLock.FILE_NAME), victim);

        assertThatThrownBy(() -> Emitter.write(out, files, Set.of("")))
                .isInstanceOf(EmitException.class)
                .hasMessageContaining(out.resolve(OutputLock.FILE_NAME) + " is a symbolic link");
        assertThatThrownBy(() -> Emitter.check(out, files, Set.of("")))
                .isInstanceOf(EmitException.class)
                .hasMessageContaining(out.resolve(OutputLock.FILE_NAME) + " is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("victim\n");
    }

    @Test
    void aPipeWhereAFileGoesIsAnErrorAndIsNotOpened() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Process mkfifo = new ProcessBuilder("mkfifo", out.resolve("a.yaml").toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        assertThatThrownBy(() -> Emitter.write(out, files, Set.of("")))
                .isInstanceOf(EmitException.class)
                .hasMessageContaining("cannot write " + out.resolve("a.yaml") + ": it is not a regular file");
    }
}
