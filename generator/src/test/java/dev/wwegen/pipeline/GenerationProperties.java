package dev.wwegen.pipeline;

import dev.wwegen.dsl.check.ModelCheck;
import dev.wwegen.dsl.check.NameFormats;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.testing.TestModels;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the javadoc promises about generation, for arbitrary valid profiles and names. */
class GenerationProperties {

    /** The objects every profile renders; only the autoscaler and the disruption budget are switched. */
    private static final Set<String> ALWAYS = Set.of("ServiceAccount/wwe", "ConfigMap/wwe-config", "Service/wwe",
            "Deployment/wwe", "Ingress/wwe", "NetworkPolicy/wwe");

    @Property(tries = 40)
    void generatingTwiceGivesTheSameBytes(@ForAll("profiles") String profileYaml) {
        Generation first = generate(WweReference.architecture(), profileYaml);
        Generation second = generate(WweReference.architecture(), profileYaml);
        assertThat(first.inputOk()).as("%s", first.inputFindings()).isTrue();
        assertThat(OutputPlan.of("wwe", List.of(second)).files())
                .isEqualTo(OutputPlan.of("wwe", List.of(first)).files());
    }

    @Property(tries = 40)
    void aProfileNeverChangesTheSetOfObjectsBeyondItsTwoSwitches(@ForAll("profiles") String profileYaml) {
        Generation g = generate(WweReference.architecture(), profileYaml);
        Set<String> objects = g.objects().stream().map(o -> o.kind() + "/" + o.object().getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        var scaling = g.release().orElseThrow().scaling();
        Set<String> expected = new TreeSet<>(ALWAYS);
        if (scaling.autoscaler().isPresent()) {
            expected.add("HorizontalPodAutoscaler/wwe");
        }
        if (scaling.minimumPods() > 1) {
            expected.add("PodDisruptionBudget/wwe");
        }
        assertThat(objects).isEqualTo(expected);
        assertThat(g.outputFindings()).isEmpty();
    }

    @Property(tries = 60)
    void everyNameStaysADnsLabel(@ForAll("labels") String appName, @ForAll("labels") String namespace) {
        Architecture model = TestModels.named(appName, "1.0");
        if (!ModelCheck.run(model).isEmpty()) {
            assertThat(ModelCheck.run(model)).anySatisfy(f -> assertThat(f.path()).startsWith("components["));
            return;
        }
        Generation g = generate(model, "environment: development\nnamespace: \"" + namespace + "\"\ningress: {host: wwe.example.com}\n"
                + BACKENDS);
        assertThat(g.inputOk()).as("%s", g.inputFindings()).isTrue();
        for (RenderedObject o : g.objects()) {
            assertThat(NameFormats.isDnsLabel(o.object().getMetadata().getName())).as(o.fileName()).isTrue();
            assertThat(o.object().getMetadata().getNamespace()).isEqualTo(namespace);
        }
        assertThat(g.outputFindings()).isEmpty();
    }

    private static final String BACKENDS = "backends:\n"
            + Stream.of("gauth", "gws", "webrtc", "telemetry", "digital-channels")
            .map(b -> "  " + b + ": {url: https://" + b + ".example.com}\n").collect(Collectors.joining());

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(63)
                .filter(NameFormats::isDnsLabel);
    }

    @Provide
    Arbitrary<String> profiles() {
        Arbitrary<Integer> replicas = Arbitraries.integers().between(1, 9);
        Arbitrary<Boolean> autoscale = Arbitraries.of(true, false);
        Arbitrary<Integer> min = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> port = Arbitraries.integers().between(1, 65535);
        Arbitrary<String> host = labels().map(l -> l + ".example.com");
        return Combinators.combine(replicas, autoscale, min, port, host).as((r, a, m, p, h) ->
                "environment: development\nreplicas: " + r + "\nautoscaling: {enabled: " + a + ", minReplicas: " + m + ", maxReplicas: "
                        + (m + 3) + "}\nservice: {port: " + p + "}\ningress: {host: " + h + "}\n" + BACKENDS);
    }

    private static Generation generate(Architecture model, String profileYaml) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("wwegen-profile");
            Files.writeString(dir.resolve("p.yaml"), profileYaml);
            return new Generator(model, new ProfileLoader(ProfileSource.directory(dir))).generate("p");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
