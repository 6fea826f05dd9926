package dev.wwegen.diff;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the diff promises, for any manifest set: A against A is empty; a mutation is reported at exactly its path. */
class DiffPropertiesTest {

    @Property(tries = 200)
    void aSetComparedWithItselfHasNoDifferences(@ForAll("manifestSets") List<Map<String, Object>> bodies) {
        DiffReport report = new ManifestDiffer().compare(set(bodies), set(Manifests.deepCopy(bodies)), DiffOptions.DEFAULTS);
        assertThat(report.objects()).isEmpty();
        assertThat(report.unchanged()).isEqualTo(bodies.size());
    }

    @Property(tries = 200)
    void everyMutatedLeafIsReportedAndNothingElse(@ForAll("manifestSets") List<Map<String, Object>> bodies,
                                                   @ForAll long seed) {
        List<Map<String, Object>> mutated = Manifests.deepCopy(bodies);
        Set<String> expected = new TreeSet<>();
        Random random = new Random(seed);
        for (Map<String, Object> body : mutated) {
            String object = Manifest.of(body, "test").key().toString();
            for (Manifests.Leaf leaf : Manifests.leaves(body)) {
                if (random.nextInt(4) == 0) {
                    leaf.set(leaf.value() + "-changed");
                    expected.add(object + " " + leaf.path());
                }
            }
        }

        DiffReport report = new ManifestDiffer().compare(set(bodies), set(mutated), DiffOptions.DEFAULTS);

        Set<String> reported = report.objects().stream()
                .flatMap(o -> o.changes().stream().map(c -> o.key() + " " + c.path()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reported).isEqualTo(expected);
        assertThat(report.objects()).allSatisfy(o -> assertThat(o.status()).isEqualTo(ObjectDiff.Status.CHANGED));
    }

    @Property(tries = 100)
    void shufflingNamedItemsIsNotAChange(@ForAll("manifestSets") List<Map<String, Object>> bodies, @ForAll long seed) {
        List<Map<String, Object>> shuffled = Manifests.deepCopy(bodies);
        shuffled.forEach(body -> Manifests.shuffleContainers(body, new Random(seed)));
        assertThat(new ManifestDiffer().compare(set(bodies), set(shuffled), DiffOptions.DEFAULTS).objects()).isEmpty();
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> manifestSets() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        Arbitrary<Map<String, Object>> deployment = Combinators.combine(names,
                        names.list().uniqueElements().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.maps(names, names).ofMaxSize(4),
                        Arbitraries.integers().between(1, 9))
                .as(Manifests::deployment);
        Arbitrary<Map<String, Object>> configMap = Combinators.combine(names, Arbitraries.maps(names, names).ofMaxSize(5))
                .as(Manifests::configMap);
        return Arbitraries.oneOf(deployment, configMap).list().ofMaxSize(8)
                .map(list -> {
                    Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
                    list.forEach(body -> unique.putIfAbsent(Manifest.of(body, "test").key().toString(), body));
                    return new ArrayList<>(unique.values());
                });
    }

    private static ManifestSet set(List<Map<String, Object>> bodies) {
        return new ManifestSet(bodies.stream().map(body -> Manifest.of(body, "test")).toList());
    }
}
