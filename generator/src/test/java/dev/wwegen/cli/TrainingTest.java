package dev.wwegen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run the launcher records its class-data archive from: with the shipped profiles and fleet it generates the
 * fleet too; a fleet that does not generate is left out rather than costing the archive; broken profiles fail it.
 */
class TrainingTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void generatesTheProfilesAndTheFleet(@TempDir Path dir) throws Exception {
        Training.main(new String[]{dir.resolve("run").toString(), ROOT.resolve("profiles").toString(),
                ROOT.resolve("fleet.yaml").toString()});

        assertThat(dir.resolve("run/output/manifests/prod")).isDirectory();
        assertThat(dir.resolve("run/output/fleet")).isDirectory();
    }

    @Test
    void leavesOutAFleetThatDoesNotGenerate(@TempDir Path dir) throws Exception {
        Path fleet = dir.resolve("fleet.yaml");
        Files.writeString(fleet, Files.readString(ROOT.resolve("fleet.yaml")).replace("prod", "gone"));

        Training.main(new String[]{dir.resolve("run").toString(), ROOT.resolve("profiles").toString(),
                fleet.toString()});

        assertThat(dir.resolve("run/output/manifests/prod")).isDirectory();
        assertThat(dir.resolve("run/output/fleet")).doesNotExist();
    }

    @Test
    void failsOnProfilesThatDoNotGenerate(@TempDir Path dir) throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("dev.yaml"), "replicas: [\n");

        assertThatThrownBy(() -> Training.main(new String[]{dir.resolve("run").toString(), profiles.toString()}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exited 2");
    }
}
