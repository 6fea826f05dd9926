package dev.wwegen.diff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wwegen.dsl.check.Finding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parses the text of one file into its documents, as plain maps, lists and scalars. YAML may hold several
 * documents; JSON holds one. Duplicate keys are errors (as kubectl's strict decoding makes them), and
 * timestamps stay strings, so a value prints as it was written. A syntax error becomes a finding at
 * {@code file:line:col}; the documents before it are kept.
 */
final class DocumentParser {

    /** One parsed document and the 1-based line it starts on. */
    record Document(Object content, int line) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private DocumentParser() {
    }

    /** Parses {@code text}, read from {@code where}; problems go to {@code findings}. */
    static List<Document> parse(String where, String text, Consumer<Finding> findings) {
        return where.endsWith(".json") ? json(where, text, findings) : yaml(where, text, findings);
    }

    private static List<Document> yaml(String where, String text, Consumer<Finding> findings) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        PlainConstructor constructor = new PlainConstructor(options);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(constructor, new Representer(dumper), dumper, options, new NoTimestamps());
        List<Document> documents = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new java.io.StringReader(text))) {
                documents.add(new Document(constructor.plain(node), node.getStartMark().getLine() + 1));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String at = mark == null ? where : where + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            findings.accept(Finding.error(at, "", "YAML: " + firstLine(e.getProblem()) + context(e),
                    "fix the YAML syntax; every key may appear only once in a mapping"));
        } catch (YAMLException e) {
            findings.accept(Finding.error(where, "", "YAML: " + firstLine(e.getMessage()), ""));
        }
        return documents;
    }

    private static List<Document> json(String where, String text, Consumer<Finding> findings) {
        try (JsonParser parser = JSON.createParser(text)) {
            Object content = JSON.readValue(parser, Object.class);
            return content == null ? List.of() : List.of(new Document(content, 1));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? where : where + ":" + at.getLineNr() + ":" + at.getColumnNr();
            findings.accept(Finding.error(position, "", "JSON: " + firstLine(e.getOriginalMessage()), ""));
        } catch (java.io.IOException e) {
            findings.accept(Finding.error(where, "", "could not parse: " + e.getMessage(), ""));
        }
        return List.of();
    }

    private static String context(MarkedYAMLException e) {
        String context = e.getContext();
        return context == null || context.isBlank() ? "" : " (" + firstLine(context) + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** Exposes document construction from a composed node, so the node's start line is known. */
    private static final class PlainConstructor extends SafeConstructor {
        PlainConstructor(LoaderOptions options) {
            super(options);
        }

        Object plain(Node node) {
            return constructDocument(node);
        }
    }

    /** YAML 1.1's implicit types without timestamps: a date stays the string it was written as. */
    private static final class NoTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
