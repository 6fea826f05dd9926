package dev.wwegen.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.wwegen.dsl.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares {@link SchemaValidator} with real kubeconform output recorded on the same files
 * (src/test/resources/kubeconform, see its README): same verdict per document, same fields flagged.
 */
class KubernetesKubeconformFixturesTest {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** Reads past duplicate keys (last wins, as kubeconform reports), only to learn a document's kind and name. */
    private static final ObjectMapper LENIENT_YAML = new YAMLMapper();

    private final SchemaValidator validator = new SchemaValidator();

    @ParameterizedTest
    @ValueSource(strings = {"valid", "invalid"})
    void weReachKubeconformsVerdictAndFlagTheSameFields(String fixture) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        Map<String, Set<String>> expectedPaths = new TreeMap<>();
        for (JsonNode resource : kubeconformOutput(fixture).path("resources")) {
            String key = resource.path("kind").asText() + " " + resource.path("name").asText();
            expected.put(key, resource.path("status").asText());
            expectedPaths.put(key, paths(resource.path("validationErrors")));
        }

        Map<String, String> actual = new TreeMap<>();
        Map<String, Set<String>> actualPaths = new TreeMap<>();
        for (String document : TestYaml.documents(resource(fixture + ".yaml"))) {
            JsonNode lenient = LENIENT_YAML.readTree(document);
            String key = lenient.path("kind").asText() + " " + lenient.path("metadata").path("name").asText();
            try {
                List<Finding> findings = validator.validate(TestYaml.parse(document), fixture + ".yaml");
                actual.put(key, findings.isEmpty() ? "statusValid" : "statusInvalid");
                actualPaths.put(key, new TreeSet<>(findings.stream().map(Finding::path).toList()));
            } catch (UncheckedIOException e) {
                // kubeconform reports a document it cannot unmarshal as an error, not as invalid.
                actual.put(key, "statusError");
                actualPaths.put(key, Set.of());
            }
        }

        assertThat(expected).hasSize(fixture.equals("valid") ? 8 : 4);
        assertThat(actual).isEqualTo(expected);
        assertThat(actualPaths).isEqualTo(expectedPaths);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid"})
    void aDuplicatedKeyIsAParseErrorNotASchemaFinding(String fixture) {
        String duplicated = TestYaml.documents(resource(fixture + ".yaml")).get(3);

        assertThatThrownBy(() -> TestYaml.parse(duplicated))
                .hasCauseInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'name'");
    }

    /**
     * kubeconform reports a missing property and unknown properties at the object that holds them;
     * we report them at the field itself, so its paths are extended by the quoted names.
     */
    private static Set<String> paths(JsonNode validationErrors) {
        Set<String> paths = new TreeSet<>();
        for (JsonNode error : validationErrors) {
            String path = error.path("path").asText();
            String message = error.path("msg").asText();
            if (message.startsWith("missing property") || message.startsWith("additional properties")) {
                Matcher name = QUOTED.matcher(message);
                while (name.find()) {
                    paths.add(path + "/" + SchemaWalk.escape(name.group(1)));
                }
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    /** The recorded JSON output, without the {@code exit=N} line the recording appends. */
    private static JsonNode kubeconformOutput(String fixture) throws IOException {
        String text = resource(fixture + ".json.out");
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        lines.removeIf(line -> line.startsWith("exit="));
        return new ObjectMapper().readTree(String.join("\n", lines));
    }

    private static String resource(String name) {
        try (InputStream in = KubernetesKubeconformFixturesTest.class.getResourceAsStream("/kubeconform/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource kubeconform/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
