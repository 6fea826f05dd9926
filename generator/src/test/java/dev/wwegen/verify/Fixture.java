package dev.wwegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.wwegen.verify.input.InputReader;
import dev.wwegen.verify.input.Inputs;
import dev.wwegen.verify.input.Source;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;
import dev.wwegen.verify.policy.PolicyOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of manifests for rule tests, read like {@code wwegen validate} reads them (so findings have lines),
 * then changed in place by JSON pointer to make a failing fixture.
 */
public final class Fixture {

    private static final YAMLMapper YAML = new YAMLMapper();
    private final List<Resource> resources;

    private Fixture(List<Resource> resources) {
        this.resources = new ArrayList<>(resources);
    }

    /** The shipped prod profile's output (src/test/resources/verify/prod.yaml), which passes every rule. */
    public static Fixture prod() {
        return of("prod.yaml", resource("/verify/prod.yaml"));
    }

    public static Fixture of(String name, String yaml) {
        Inputs inputs = InputReader.parse(List.of(new Source(name, yaml)), List.of());
        if (!inputs.findings().isEmpty()) {
            throw new IllegalStateException("fixture does not parse: " + inputs.findings());
        }
        return new Fixture(inputs.resources());
    }

    public List<Resource> resources() {
        return resources;
    }

    public JsonNode body(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow().body();
    }

    /** Sets the value at {@code pointer} in the first object of {@code kind}; {@code yaml} is parsed (e.g. "false", "[a]"). */
    public Fixture set(String kind, String pointer, String yaml) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = body(kind).at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode value = parse(yaml);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), value);
        } else {
            ((ObjectNode) parent).set(field, value);
        }
        return this;
    }

    public Fixture remove(String kind, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = body(kind).at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(field));
        } else {
            ((ObjectNode) parent).remove(field.replace("~1", "/").replace("~0", "~"));
        }
        return this;
    }

    /** Drops every object of {@code kind}. */
    public Fixture without(String kind) {
        resources.removeIf(r -> r.kind().equals(kind));
        return this;
    }

    /** Adds the objects of another YAML text. */
    public Fixture with(String name, String yaml) {
        resources.addAll(of(name, yaml).resources);
        return this;
    }

    public List<ValidationFinding> validate() {
        return validate(ValidationOptions.DEFAULTS);
    }

    public List<ValidationFinding> validate(ValidationOptions options) {
        return new Validator(options).validate(resources);
    }

    /** The formatted findings of one rule. */
    public List<String> findings(String rule) {
        return findings(rule, PolicyOptions.PRODUCTION);
    }

    public List<String> findings(String rule, PolicyOptions environment) {
        return validate(ValidationOptions.DEFAULTS.withEnvironment(environment)).stream()
                .filter(f -> f.rule().equals(rule))
                .map(f -> f.finding().format())
                .toList();
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
