package dev.wwegen.verify.kubeconform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * kubeconform's {@code -output json} report, parsed: one {@link Result} per resource it listed (all of them
 * with {@code -verbose}, otherwise only the invalid, errored and skipped ones), and the summary counts.
 */
public record KubeconformOutput(List<Result> results, int valid, int invalid, int errors, int skipped) {

    /** One validation error: where in the object (a JSON pointer) and kubeconform's message. */
    public record Error(String path, String message) {
    }

    /**
     * @param file    the file name as kubeconform was given it
     * @param status  statusValid, statusInvalid, statusError or statusSkipped
     * @param message kubeconform's whole message
     * @param errors  the per-field errors of an invalid resource
     */
    public record Result(String file, String kind, String name, String version, String status, String message,
                         List<Error> errors) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Parses the JSON kubeconform printed; text after the JSON document (a recording's {@code exit=N} line,
     * a warning on stderr) is ignored.
     *
     * @throws IOException when the output is not kubeconform's JSON
     */
    public static KubeconformOutput parse(String output) throws IOException {
        int start = output.indexOf('{');
        if (start < 0) {
            throw new IOException("kubeconform printed no JSON: " + output.strip());
        }
        JsonNode root = JSON.readerFor(JsonNode.class).readValue(output.substring(start));
        List<Result> results = new ArrayList<>();
        for (JsonNode resource : root.path("resources")) {
            List<Error> errors = new ArrayList<>();
            resource.path("validationErrors").forEach(e -> errors.add(new Error(e.path("path").asText(""),
                    e.path("msg").asText(""))));
            results.add(new Result(resource.path("filename").asText(""), resource.path("kind").asText(""),
                    resource.path("name").asText(""), resource.path("version").asText(""),
                    resource.path("status").asText(""), resource.path("msg").asText(""), List.copyOf(errors)));
        }
        JsonNode summary = root.path("summary");
        return new KubeconformOutput(List.copyOf(results), summary.path("valid").asInt(), summary.path("invalid").asInt(),
                summary.path("errors").asInt(), summary.path("skipped").asInt());
    }
}
