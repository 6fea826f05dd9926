package dev.wwegen.verify;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads YAML manifests for tests, rejecting duplicate keys as kubeconform's strict unmarshalling does. */
final class TestYaml {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private TestYaml() {
    }

    static JsonNode parse(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a multi-document file, as text, so each parses (or fails) on its own. */
    static List<String> documents(String text) {
        List<String> documents = new ArrayList<>();
        for (String document : text.split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                documents.add(document);
            }
        }
        return documents;
    }
}
