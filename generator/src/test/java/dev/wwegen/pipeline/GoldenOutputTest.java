package dev.wwegen.pipeline;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.emit.Difference;
import dev.wwegen.emit.Emitter;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed output/ is what the shipped model and profiles generate, byte for byte. Run with
 * {@code -Dwwegen.golden.update=true} to rewrite it after an intended change.
 */
class GoldenOutputTest {

    private static final Path ROOT = Path.of(System.getProperty("wwegen.root", ".."));

    @Test
    void committedOutputIsWhatEveryShippedProfileGenerates() throws Exception {
        var generator = new Generator(WweReference.architecture(),
                new ProfileLoader(ProfileSource.directory(ROOT.resolve("profiles"))));
        List<Generation> generations = generator.profiles().names().stream().map(generator::generate).toList();
        assertThat(generations).allSatisfy(g -> {
            assertThat(g.inputFindings()).filteredOn(f -> !f.reason().startsWith("ingress-nginx is retired")).isEmpty();
            assertThat(g.outputFindings()).isEmpty();
        });
        OutputPlan plan = OutputPlan.of(generator, generations, true);
        Path output = ROOT.resolve("output");
        if (Boolean.getBoolean("wwegen.golden.update")) {
            Emitter.write(output, plan.files(), plan.scopes());
        }
        List<Difference> differences = Emitter.check(output, plan.files(), plan.scopes());
        if (!differences.isEmpty()) {
            Difference first = differences.get(0);
            String expected = plan.files().contains(first.path())
                    ? new String(plan.files().bytes(first.path()), StandardCharsets.UTF_8) : "(no file)";
            Path actual = output.resolve(first.path());
            fail("output/ is stale: " + differences + "\n--- generated " + first.path() + "\n" + expected
                    + "\n--- committed\n" + (Files.exists(actual) ? Files.readString(actual) : "(no file)")
                    + "\nrun ./wwegen generate --all-profiles, or this test with -Dwwegen.golden.update=true");
        }
    }
}
