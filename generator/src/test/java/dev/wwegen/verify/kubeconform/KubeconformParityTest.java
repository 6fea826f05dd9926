package dev.wwegen.verify.kubeconform;

import dev.wwegen.verify.Fixture;
import dev.wwegen.verify.ValidationOptions;
import dev.wwegen.verify.Validator;
import dev.wwegen.verify.input.InputReader;
import dev.wwegen.verify.input.Inputs;
import dev.wwegen.verify.input.Source;
import dev.wwegen.verify.model.Layer;
import dev.wwegen.verify.model.ValidationFinding;
import dev.wwegen.verify.policy.PolicyMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kubeconform fixtures get the same verdict from wwegen as from kubeconform v0.7.0 (recorded output),
 * object by object, at the same paths: kubeconform's "missing property" and "additional properties" are
 * reported at the holding object, wwegen's at the field, so kubeconform's paths are extended by the names.
 */
class KubeconformParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"valid", "invalid"})
    void wwegenReachesKubeconformsVerdictAtTheSamePaths(String name) throws IOException {
        KubeconformOutput recorded = KubeconformOutput.parse(Fixture.resource("/kubeconform/" + name + ".json.out"));
        Map<String, String> expected = new TreeMap<>();
        Map<String, Set<String>> expectedPaths = new TreeMap<>();
        for (KubeconformOutput.Result r : recorded.results()) {
            expected.put(r.kind() + " " + r.name(), r.status());
            Set<String> paths = new TreeSet<>();
            for (KubeconformOutput.Error e : r.errors()) {
                var quoted = java.util.regex.Pattern.compile("'([^']*)'").matcher(e.message());
                boolean named = e.message().startsWith("missing property") || e.message().startsWith("additional");
                while (named && quoted.find()) {
                    paths.add(e.path() + "/" + quoted.group(1));
                }
                if (!named) {
                    paths.add(e.path());
                }
            }
            expectedPaths.put(r.kind() + " " + r.name(), paths);
        }

        Inputs inputs = InputReader.parse(List.of(new Source(name + ".yaml",
                Fixture.resource("/kubeconform/" + name + ".yaml"))), List.of());
        List<ValidationFinding> findings = new ArrayList<>(inputs.findings());
        var options = new ValidationOptions(PolicyMode.OFF, Set.of(), dev.wwegen.verify.KubernetesVersion.BUNDLED,
                dev.wwegen.verify.policy.PolicyOptions.PRODUCTION, List.of());
        findings.addAll(new Validator(options).validate(inputs.resources()));
        Map<String, String> actual = new TreeMap<>();
        Map<String, Set<String>> actualPaths = new TreeMap<>();
        inputs.resources().forEach(r -> {
            actual.put(r.kind() + " " + r.name(), "statusValid");
            actualPaths.put(r.kind() + " " + r.name(), new TreeSet<>());
        });
        for (ValidationFinding f : findings) {
            String key = f.object().kind() + " " + f.object().name();
            actual.put(key, f.layer() == Layer.PARSE ? "statusError" : "statusInvalid");
            actualPaths.computeIfAbsent(key, k -> new TreeSet<>());
            if (f.layer() != Layer.PARSE) {
                actualPaths.get(key).add(f.finding().path());
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actualPaths).isEqualTo(expectedPaths);
    }
}
