package dev.wwegen.chart;

import dev.wwegen.dsl.check.ModelCheck;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import dev.wwegen.testing.TestModels;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * chart ≡ manifests for models other than the reference: arbitrary model (release) and web-app (chart)
 * names and image tags, rendered with real Helm (helm-java) and compared object by object.
 */
class ChartEqualsManifestsProperties {

    @Property(tries = 15)
    void helmTemplateEqualsTheManifestsForAnyNamesAndTag(@ForAll("names") String model, @ForAll("names") String app,
                                                          @ForAll("tags") String tag) throws IOException {
        var architecture = TestModels.named(model, app, tag);
        if (!ModelCheck.run(architecture).isEmpty()) {
            return; // names the model rules refuse never reach the chart
        }
        Path dir = Files.createTempDirectory("wwegen-chart-property");
        try {
            Path profiles = Files.createDirectories(dir.resolve("profiles"));
            Files.writeString(profiles.resolve("staging.yaml"), ProfileSource.bundled().read("staging").orElseThrow());
            var output = GeneratedOutput.of(architecture, new ProfileLoader(ProfileSource.directory(profiles)),
                    dir.resolve("out"));
            var rendered = RenderedObjects.parse(new com.marcnuri.helm.Helm(output.chart()).template().withName(model)
                    .withKubeVersion(Helm3.KUBE_VERSION).withNamespace("wwe").withValuesFile(output.values("staging"))
                    .call());
            assertThat(rendered).isEqualTo(RenderedObjects.folder(output.manifests("staging"))).isNotEmpty();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(63)
                .filter(n -> n.matches("[a-z]([-a-z0-9]*[a-z0-9])?"));
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("1.0", "100.0.001.0113", "2.3.4", "9.0.100.42-rc1", "v7_build.12");
    }
}
