package dev.wwegen.verify.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.manifest.ParsedDocument;

import java.util.Objects;

/**
 * One Kubernetes object to validate and where it came from.
 *
 * @param body     the object (a JSON object with apiVersion and kind)
 * @param file     the input's name as the user gave it ({@code manifests/dev/service.yaml}, {@code <stdin>},
 *                 {@code chart/wwe/templates/service.yaml})
 * @param document the parsed document it is in, for the line of a field; a {@code List} item shares its list's
 */
public record Resource(JsonNode body, String file, ParsedDocument document) {

    public Resource {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
    }

    /** An object built in memory (rendered by wwegen): lines are unknown (0), findings name only the file. */
    public static Resource inMemory(JsonNode body, String file) {
        return new Resource(body, file, new ParsedDocument(body, 0, false));
    }

    public ObjectRef ref() {
        JsonNode metadata = body.path("metadata");
        return new ObjectRef(body.path("apiVersion").asText(""), body.path("kind").asText(""),
                metadata.path("namespace").asText(""), metadata.path("name").asText(""));
    }

    public String kind() {
        return body.path("kind").asText("");
    }

    public String name() {
        return body.path("metadata").path("name").asText("");
    }

    /** The namespace as written; empty when not set. */
    public String namespace() {
        return body.path("metadata").path("namespace").asText("");
    }

    /** The line of the field at a JSON pointer, or of its nearest parent that exists. */
    public int lineOf(String pointer) {
        return document.lineOf(pointer);
    }
}
