package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 as a hostile user would try it, through the CLI: links planted in the output folder, a schema export
 * over files the user put there, two runs into one folder at once. Each case must end with exit 2 naming the
 * offending path and no byte changed outside the output folder, or with every run's files owned.
 */
class HostileOutputTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aLinkedManifestsFolderIsAnErrorNamingItAndNothingIsWrittenOrDeletedBehindIt() throws IOException {
        assertThat(CliRun.of("generate", "--all-profiles", "--out", out().toString()).exit()).isZero();
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere.resolve("dev"));
        Files.writeString(elsewhere.resolve("dev/01-serviceaccount-wwe.yaml"), "someone else's\n");
        Files.writeString(elsewhere.resolve("dev/99-victim.yaml"), "victim\n");
        Path manifests = out().resolve("manifests");
        deleteTree(manifests);
        Files.createSymbolicLink(manifests, elsewhere);

        CliRun run = CliRun.of("generate", "--profile", "dev", "--out", out().toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(manifests + " is a symbolic link");
        assertThat(files(elsewhere)).containsExactly("dev/01-serviceaccount-wwe.yaml", "dev/99-victim.yaml");
        assertThat(Files.readString(elsewhere.resolve("dev/01-serviceaccount-wwe.yaml"))).isEqualTo("someone else's\n");
    }

    @Test
    void aLinkedFileWhereGenerateWouldWriteIsNotFollowed() throws IOException {
        assertThat(CliRun.of("generate", "--out", out().toString()).exit()).isZero();
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "victim\n");
        Path planted = out().resolve("manifests/dev/01-serviceaccount-wwe.yaml");
        Files.delete(planted);
        Files.createSymbolicLink(planted, victim);

        CliRun run = CliRun.of("generate", "--out", out().toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(planted + " is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("victim\n");
        assertThat(Files.isSymbolicLink(planted)).isTrue();
    }

    @Test
    void aStaleFileBehindALinkedFolderIsNotDeleted() throws IOException {
        assertThat(CliRun.of("generate", "--all-profiles", "--out", out().toString()).exit()).isZero();
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Path prod = out().resolve("manifests/prod");
        for (String name : files(prod)) {
            Files.copy(prod.resolve(name), elsewhere.resolve(name));
        }
        deleteTree(prod);
        Files.createSymbolicLink(prod, elsewhere);
        // an owned file the run no longer produces, which the run would delete: it lies behind the link
        Files.writeString(elsewhere.resolve("99-old.yaml"), "old\n");
        Files.writeString(out().resolve(".wwegen-owned"), "manifests/prod/99-old.yaml\n",
                java.nio.file.StandardOpenOption.APPEND);
        List<String> before = files(elsewhere);

        CliRun run = CliRun.of("generate", "--all-profiles", "--out", out().toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(prod + " is a symbolic link").doesNotContain("deleted");
        assertThat(files(elsewhere)).isEqualTo(before);
    }

    @Test
    void docsDoesNotWriteThroughAPlantedLinkEither() throws IOException {
        Path docs = dir.resolve("docs");
        Path victim = dir.resolve("victim.md");
        Files.writeString(victim, "victim\n");
        Files.createDirectories(docs);
        Files.createSymbolicLink(docs.resolve("architecture.md"), victim);

        CliRun run = CliRun.of("docs", "--format", "markdown", "--out", docs.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(docs.resolve("architecture.md") + " is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("victim\n");
    }

    @Test
    void theOutputFolderItselfMayBeALink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.createSymbolicLink(out(), real);
        assertThat(CliRun.of("generate", "--out", out().toString()).exit()).isZero();
        assertThat(real.resolve("manifests/dev/04-deployment-wwe.yaml")).exists();
        assertThat(Files.isSymbolicLink(out())).isTrue();
    }

    @Test
    void schemaExportRefusesToOverwriteAUsersFile() throws IOException {
        Path schemas = dir.resolve("schemas");
        Path mine = schemas.resolve("master-standalone-strict/service-v1.json");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "{\"mine\": true}\n");

        CliRun run = CliRun.of("schema", "export", schemas.toString(), "--kind", "Service");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to overwrite " + mine + ": wwegen did not write it");
        assertThat(Files.readString(mine)).isEqualTo("{\"mine\": true}\n");
    }

    @Test
    void schemaExportDoesNotWriteThroughAPlantedLink() throws IOException {
        Path schemas = dir.resolve("schemas");
        Path victim = dir.resolve("victim.json");
        Files.writeString(victim, "victim\n");
        Path planted = schemas.resolve("master-standalone/service-v1.json");
        Files.createDirectories(planted.getParent());
        Files.createSymbolicLink(planted, victim);

        CliRun run = CliRun.of("schema", "export", schemas.toString(), "--kind", "Service");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(planted + " is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("victim\n");
    }

    @Test
    void schemaExportRewritesItsOwnFilesAndOwnsThem() throws IOException {
        Path schemas = dir.resolve("schemas");
        assertThat(CliRun.of("schema", "export", schemas.toString(), "--kind", "Service").exit()).isZero();
        CliRun again = CliRun.of("schema", "export", schemas.toString(), "--kind", "Service");
        assertThat(again.exit()).isZero();
        assertThat(Files.readString(schemas.resolve(".wwegen-owned")))
                .contains("master-standalone-strict/service-v1.json\n", "master-standalone/service-v1.json\n");
    }

    /** Defect 3: dev and prod into one folder at once; both must end owned, so a second round succeeds. */
    @Test
    void twoConcurrentRunsIntoOneFolderBothKeepTheirFilesOwned() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                List<Callable<CliRun>> runs = List.of(
                        () -> CliRun.of("generate", "--profile", "dev", "--out", out().toString()),
                        () -> CliRun.of("generate", "--profile", "prod", "--out", out().toString()));
                List<CliRun> results = new ArrayList<>();
                for (Future<CliRun> future : pool.invokeAll(runs)) {
                    results.add(future.get());
                }
                assertThat(results).allSatisfy(r -> assertThat(r.exit()).as(r.err()).isZero());
            }
        } finally {
            pool.shutdownNow();
        }
        String ledger = Files.readString(out().resolve(".wwegen-owned"));
        assertThat(ledger).contains("manifests/dev/04-deployment-wwe.yaml\n", "manifests/prod/04-deployment-wwe.yaml\n");
        assertThat(CliRun.of("generate", "--profile", "prod", "--out", out().toString(), "--check").exit()).isZero();
        assertThat(CliRun.of("generate", "--profile", "dev", "--out", out().toString(), "--check").exit()).isZero();
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
