package dev.wwegen.cli;

import dev.wwegen.profile.NginxAnnotations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/migration-gateway-api.md shows the real diff of staging and its Gateway API twin, and every mapping. */
class MigrationGuideTest {

    private static final Path ROOT = Path.of(System.getProperty("wwegen.root", ".."));

    @Test
    void theGuideShowsTheCurrentDiffAndTheWholeAnnotationMapping() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/migration-gateway-api.md"));
        CliRun diff = CliRun.of("diff", ROOT.resolve("output/manifests/staging").toString(),
                ROOT.resolve("output/manifests/staging-gateway").toString(), "--output", "markdown");
        assertThat(diff.exit()).isEqualTo(1);
        assertThat(diff.out()).contains("| removed | <code>Ingress.networking.k8s.io wwe/wwe</code> |",
                "| added | <code>HTTPRoute.gateway.networking.k8s.io wwe/wwe</code> |");
        assertThat(guide).contains("<!-- migration-diff:start -->\n" + diff.out().stripTrailing()
                + "\n<!-- migration-diff:end -->");
        NginxAnnotations.mapping().forEach((annotation, equivalent) ->
                assertThat(guide).contains("| `" + annotation + "` | " + equivalent + " |"));
    }
}
