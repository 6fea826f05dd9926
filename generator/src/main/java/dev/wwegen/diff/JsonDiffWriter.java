package dev.wwegen.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for tools: {@code equal}, the counts, the architecture notes, and each object with its identity,
 * both API versions and its field changes ({@code path}, {@code change}, {@code old}, {@code new}). A hidden
 * Secret value has {@code "hidden": true} and no values. Several profiles make one document,
 * {@code {"equal": ..., "profiles": {"prod": {...}}}}.
 */
public final class JsonDiffWriter implements DiffWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public void write(DiffReport report, PrintWriter out) {
        print(root(report), out);
    }

    /** Only the key of the section in {@link #write(Map, PrintWriter)}'s one document. */
    @Override
    public String heading(String section) {
        return section;
    }

    @Override
    public void write(Map<String, DiffReport> sections, PrintWriter out) {
        Map<String, Object> profiles = new LinkedHashMap<>();
        sections.forEach((name, report) -> profiles.put(name, root(report)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("equal", sections.values().stream().allMatch(DiffReport::isEmpty));
        root.put("profiles", profiles);
        print(root, out);
    }

    private static Map<String, Object> root(DiffReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("equal", report.isEmpty());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (ObjectDiff.Status status : ObjectDiff.Status.values()) {
            counts.put(status.word(), report.count(status));
        }
        counts.put("unchanged", report.unchanged());
        root.put("counts", counts);
        root.put("architecture", report.architecture());
        root.put("objects", report.objects().stream().map(JsonDiffWriter::object).toList());
        return root;
    }

    private static void print(Map<String, Object> root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the diff as JSON", e);
        }
    }

    private static Map<String, Object> object(ObjectDiff diff) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("status", diff.status().word());
        object.put("group", diff.key().group());
        object.put("kind", diff.key().kind());
        object.put("namespace", diff.key().namespace());
        object.put("name", diff.key().name());
        object.put("oldApiVersion", diff.before() == null ? null : diff.before().apiVersion());
        object.put("newApiVersion", diff.after() == null ? null : diff.after().apiVersion());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (FieldChange change : diff.changes()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("path", change.path().toString());
            field.put("change", change.change().word());
            if (change.hidden()) {
                field.put("hidden", true);
            } else {
                field.put("old", change.before());
                field.put("new", change.after());
            }
            changes.add(field);
        }
        object.put("changes", changes);
        return object;
    }
}
