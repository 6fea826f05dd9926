package dev.wwegen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends} chains: how files merge, and what is reported when a chain is broken. */
class ExtendsTest {

    private static final String DIR = "src/test/resources/profiles-extends";
    private static final ProfileLoader LOADER = new ProfileLoader(ProfileSource.directory(Path.of(DIR)));
    private static final String AVAILABLE = "available: base, broken-child, broken-parent, child, grandchild,"
            + " loop-a, loop-b, loop-c, orphan, self, stray";

    @Test
    void mapsMergeKeyByKeyWhileListsReplace() {
        Profile child = LOADER.load("child").profile().orElseThrow();
        assertThat(child.ingress().annotations()).isEqualTo(Map.of(
                "example.com/from-base", "yes", "example.com/from-child", "yes"));
        assertThat(child.imagePullSecrets()).containsExactly("child-secret");
        assertThat(child.nodeSelector()).isEqualTo(Map.of("kubernetes.io/os", "linux"));
        assertThat(child.replicas()).isEqualTo(3);
        assertThat(child.image().tag()).contains("1.0.0");
    }

    @Test
    void anExplicitNullUnsetsOnlyThatNullableValue() {
        Profile grandchild = LOADER.load("grandchild").profile().orElseThrow();
        assertThat(grandchild.securityContext().runAsUser()).isEmpty();
        assertThat(grandchild.securityContext().runAsGroup()).hasValue(10001);
        assertThat(grandchild.backends().get("gws").url()).isEqualTo(URI.create("https://gws.example.com"));
    }

    @Test
    void theDescriptionBelongsToItsOwnFile() {
        assertThat(LOADER.load("base").profile().orElseThrow().description()).isEqualTo("Base for the extends tests");
        assertThat(LOADER.load("child").profile().orElseThrow().description()).isEmpty();
    }

    @Test
    void locationsFollowTheFileThatSetTheValue() {
        Locations where = LOADER.load("grandchild").profile().orElseThrow().locations();
        assertThat(where.of("replicas")).isEqualTo(DIR + "/child.yaml:6:11");
        assertThat(where.of("ingress.host")).isEqualTo(DIR + "/base.yaml:5:9");
        assertThat(where.of("securityContext.runAsUser")).isEqualTo(DIR + "/grandchild.yaml:3:14");
        assertThat(where.of("imagePullSecrets[0]")).isEqualTo(DIR + "/child.yaml:5:20");
    }

    @Test
    void aCycleIsReportedAtTheExtendsThatClosesIt() {
        assertThat(messages("loop-a")).containsExactly(
                "error  " + DIR + "/loop-c.yaml:2:10 extends: extends cycle: loop-a -> loop-b -> loop-c -> loop-a\n"
                        + "       hint: remove extends from one of these profiles");
        assertThat(messages("self")).containsExactly(
                "error  " + DIR + "/self.yaml:1:10 extends: extends cycle: self -> self\n"
                        + "       hint: remove extends from one of these profiles");
    }

    @Test
    void anUnknownParentIsNamedWithTheProfilesToChooseFrom() {
        assertThat(messages("orphan")).containsExactly(
                "error  " + DIR + "/orphan.yaml:1:10 extends: profile \"bsae\" not found in " + DIR + "/\n"
                        + "       hint: did you mean \"base\"? " + AVAILABLE);
        assertThat(messages("stray")).containsExactly(
                "error  " + DIR + "/stray.yaml:1:10 extends: profile \"nothing-like-it\" not found in " + DIR + "/\n"
                        + "       hint: " + AVAILABLE);
    }

    @Test
    void aMissingProfileIsNamedWithTheProfilesToChooseFrom() {
        assertThat(messages("prod")).containsExactly(
                "error  " + DIR + "/ profile \"prod\" not found\n       hint: " + AVAILABLE);
    }

    @Test
    void aNameThatIsNotAFileNameIsRejectedBeforeAnyRead() {
        assertThat(messages("../profiles/prod")).containsExactly(
                "error  " + DIR + "/ \"../profiles/prod\" is not a profile name\n"
                        + "       hint: name a profile by its file name without .yaml; " + AVAILABLE);
    }

    @Test
    void findingsFromEveryFileOfTheChainAreCollected() {
        assertThat(messages("broken-child")).containsExactly(
                "error  " + DIR + "/broken-child.yaml:2:17 service.port: 0 is not between 1 and 65535",
                "error  " + DIR + "/broken-parent.yaml:2:11 replicas: \"2\" is a string, expected an integer\n"
                        + "       hint: write 2 without quotes");
    }

    @Test
    void anEmptyFileIsAnEmptyProfile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("blank.yaml"), "");
        ProfileResult result = new ProfileLoader(ProfileSource.directory(dir)).load("blank");
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::reason)
                .containsExactly("no host is set");
    }

    @Test
    void aFolderThatDoesNotExistHasNoProfiles() {
        ProfileLoader loader = new ProfileLoader(ProfileSource.directory(Path.of("no-such-folder")));
        assertThat(loader.load("dev").findings()).extracting(Finding::format).containsExactly(
                "error  no-such-folder/ profile \"dev\" not found\n"
                        + "       hint: there are no profiles in no-such-folder/");
    }

    private static List<String> messages(String name) {
        return LOADER.load(name).findings().stream().map(Finding::format).toList();
    }
}
