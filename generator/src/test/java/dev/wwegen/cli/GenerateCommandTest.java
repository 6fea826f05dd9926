package dev.wwegen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wwegen generate} black-box: exit codes, exact messages, what is and is not written. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void generatesTheDefaultProfileWhenNoneIsNamed() {
        CliRun run = CliRun.of("generate", "--out", out().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("dev: 6 objects → " + out().resolve("manifests/dev")
                + ", architecture page → " + out().resolve("docs/dev") + "\n"
                + "chart → " + out().resolve("chart/wwe") + ", values → " + out().resolve("values") + "\n"
                + "39 written, 0 unchanged, 0 deleted\n");
        assertThat(out().resolve("docs/dev/architecture.md")).exists();
        assertThat(out().resolve("manifests/dev/04-deployment-wwe.yaml")).exists();
    }

    @Test
    void aSecondRunChangesNoByteAndAUserFileSurvives() throws IOException {
        assertThat(CliRun.of("generate", "--all-profiles", "--out", out().toString()).exit()).isZero();
        Path notes = out().resolve("manifests/prod/my-notes.txt");
        Files.writeString(notes, "mine");
        Map<String, String> before = tree(out());
        CliRun again = CliRun.of("generate", "--all-profiles", "--out", out().toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).endsWith("0 written, 125 unchanged, 0 deleted\n");
        assertThat(tree(out())).isEqualTo(before);
        assertThat(notes).hasContent("mine");
    }

    @Test
    void checkPassesOnCurrentOutputAndListsEachStaleFile() throws IOException {
        CliRun.of("generate", "--all-profiles", "--out", out().toString());
        assertThat(CliRun.of("generate", "--all-profiles", "--check", "--out", out().toString()).exit()).isZero();
        Path service = out().resolve("manifests/staging/03-service-wwe.yaml");
        Files.writeString(service, Files.readString(service).replace("port: 80", "port: 81"));
        Files.delete(out().resolve("manifests/dev/01-serviceaccount-wwe.yaml"));
        Map<String, String> before = tree(out());
        CliRun check = CliRun.of("generate", "--all-profiles", "--check", "--out", out().toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err().replaceAll("(?s)^warning .*? warnings?\n", "")).isEqualTo(
                "missing  manifests/dev/01-serviceaccount-wwe.yaml\n"
                + "changed  manifests/staging/03-service-wwe.yaml\n"
                + "2 files not current; run ./wwegen generate --all-profiles\n");
        assertThat(tree(out())).isEqualTo(before);
    }

    @Test
    void aUserFileWhereWwegenWouldWriteStopsTheRunBeforeAnythingIsWritten() throws IOException {
        Path mine = out().resolve("manifests/dev/03-service-wwe.yaml");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "kind: Service # mine\n");
        CliRun run = CliRun.of("generate", "--out", out().toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(mine + " ").contains("wwegen did not write it");
        // the empty lock file stays (removing it would let two runs lock two different files)
        assertThat(tree(out())).containsOnlyKeys("manifests/dev/03-service-wwe.yaml", ".wwegen-lock");
        assertThat(out().resolve(".wwegen-lock")).isEmptyFile();
        assertThat(mine).hasContent("kind: Service # mine");
    }

    @Test
    void anOutputFolderThatIsAFileIsBadInput() throws IOException {
        Files.writeString(out(), "not a folder");
        CliRun run = CliRun.of("generate", "--out", out().toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is a file");
        assertThat(out()).hasContent("not a folder");
    }

    @Test
    void aBadProfileIsExitTwoWithFileLineAndKeyAndNothingIsWritten() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("bad.yaml"), "ingress:\n  host: WWE.Example.com\nreplica: 3\n");
        CliRun run = CliRun.of("generate", "--profiles", profiles.toString(), "--profile", "bad",
                "--out", out().toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(profiles.resolve("bad.yaml") + ":2:9 ingress.host: ")
                .contains(profiles.resolve("bad.yaml") + ":3:1 replica: unknown key \"replica\"")
                .contains("hint: did you mean \"replicas\"?")
                .endsWith("2 errors, 0 warnings\n");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aBackEndTheModelLacksIsReportedAtItsLine() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("dev.yaml"), Files.readString(Path.of("../profiles/dev.yaml"))
                + "  crm: {url: https://crm.example.com}\n");
        CliRun run = CliRun.of("generate", "--profiles", profiles.toString(), "--out", out().toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error  " + profiles.resolve("dev.yaml") + ":28:8 backends.crm: model wwe has"
                + " no back end \"crm\"\n       hint: use one of [gauth, gws, webrtc, telemetry, digital-channels]\n"
                + "1 error, 0 warnings\n");
        assertThat(out()).doesNotExist();
    }

    @Test
    void anUnknownProfileNamesTheAvailableOnes() {
        CliRun run = CliRun.of("generate", "--profile", "qa", "--out", out().toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("qa").contains("dev, openshift, prod, staging");
        assertThat(out()).doesNotExist();
    }

    @Test
    void profileAndAllProfilesExcludeEachOther() {
        CliRun run = CliRun.of("generate", "--profile", "dev", "--all-profiles");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: --profile=NAME, --all-profiles are mutually exclusive");
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(CliRun.of("--version").out()).startsWith("wwegen ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("generate").contains("profiles");
    }
}
