package dev.wwegen.chart;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.pkg.ChartPackage;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code wwegen package}'s archive is a chart real Helm accepts: Helm 3 (helm-java) and the Helm 4 CLI lint it
 * with --strict, and it renders exactly the committed manifests of every profile.
 */
class ReproduciblePackageTest {

    @TempDir
    Path dir;

    private Path archive() throws Exception {
        ChartPackage chart = ChartPackage.of(WweReference.architecture(), new ProfileLoader(ProfileSource.bundled()));
        Path tgz = dir.resolve(chart.fileName());
        Files.write(tgz, chart.files().bytes(chart.fileName()));
        return tgz;
    }

    @Test
    void helm3LintsThePackageStrictlyAndItRendersEveryProfilesManifests() throws Exception {
        Path tgz = archive();
        assertThat(tgz.getFileName().toString()).isEqualTo("wwe-100.0.1+0113.tgz");
        var lint = Helm3.lint(tgz);
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        GeneratedOutput output = GeneratedOutput.shipped(dir.resolve("out"));
        for (String profile : output.namespaces().keySet()) {
            String rendered = Helm3.template(tgz, output.namespaces().get(profile), output.values(profile));
            assertThat(RenderedObjects.parse(rendered)).as(profile)
                    .isEqualTo(RenderedObjects.folder(output.manifests(profile)));
        }
    }

    @Test
    void helm4LintsThePackageStrictly() throws Exception {
        Helm4.require();
        Path tgz = archive();
        Helm4.Run lint = Helm4.run("lint", "--strict", tgz.toString());
        assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
        assertThat(lint.out()).contains("1 chart(s) linted, 0 chart(s) failed");
        Helm4.Run show = Helm4.run("show", "chart", tgz.toString());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("name: wwe").contains("version: 100.0.1+0113");
    }
}
