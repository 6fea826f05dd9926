package dev.wwegen.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.text.TerminalText;
import dev.wwegen.text.YamlLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Parses the text of one file into its documents. YAML may hold several documents; JSON holds one.
 * Duplicate keys are errors (as kubectl's strict decoding and {@code kubeconform -strict} make them)
 * but only for their own document: the document is still read (last key wins) so its kind and name can
 * be reported, and later documents are read too. Timestamps stay strings, so a value prints as written.
 * A syntax error becomes a finding at {@code file:line:col}; the documents before it are kept.
 */
public final class YamlDocuments {

    /** The hint of every syntax finding. */
    public static final String SYNTAX_HINT = "fix the YAML syntax; every key may appear only once in a mapping";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Only read once built (its tables of patterns), so one serves every parse, on any thread. */
    private static final PlainResolver RESOLVER = new PlainResolver();

    private YamlDocuments() {
    }

    /** Parses {@code text}, read from {@code where} (JSON when it ends in .json); problems go to {@code findings}. */
    public static List<ParsedDocument> parse(String where, String text, Consumer<Finding> findings) {
        return where.endsWith(".json") ? json(where, text, findings) : yaml(where, text, findings);
    }

    private static List<ParsedDocument> yaml(String where, String text, Consumer<Finding> findings) {
        SourceLines lines = new SourceLines(text);
        List<ParsedDocument> documents = new ArrayList<>();
        read(text, (line, content, problems) -> {
            problems.forEach(p -> findings.accept(syntax(where, p)));
            documents.add(new ParsedDocument(content, line, !problems.isEmpty(), lines, documents.size(), ""));
        }, e -> findings.accept(syntax(where, e)), (e, mark) -> {
            YamlLimits.Problem problem = YamlLimits.describe(e);
            findings.accept(Finding.error(at(where, mark), "", "YAML: " + problem.reason(), problem.hint()));
        });
        return documents;
    }

    /** What {@link #read} hands over for each document. */
    interface TreeSink {
        /**
         * @param line     1-based line where the document's root starts
         * @param content  the document as a JSON tree
         * @param problems duplicate keys found in it
         */
        void accept(int line, JsonNode content, List<MarkedYAMLException> problems);
    }

    /**
     * Reads every document of {@code text} in order, up to the first syntax error: the trees, problems and
     * errors {@link #compose} gives, most documents built straight from the parser's events ({@link EventTrees}).
     */
    static void read(String text, TreeSink documents, Consumer<MarkedYAMLException> syntaxError,
                     BiConsumer<YAMLException, Mark> otherError) {
        LoaderOptions options = options();
        YamlLimits.Tracking parser = parser(text, options);
        EventTrees.Replay replay = new EventTrees.Replay(parser);
        EventTrees trees = new EventTrees(parser, replay, new Composer(replay, RESOLVER, options), RESOLVER,
                new TreeConstructor(options));
        try {
            while (trees.hasNext()) {
                EventTrees.Document document = trees.next();
                documents.accept(document.line(), document.content(), document.problems());
            }
        } catch (MarkedYAMLException e) {
            syntaxError.accept(e);
        } catch (YAMLException e) {
            otherError.accept(e, parser.lastMark());
        }
    }

    /** What {@link #compose} hands over for each document. */
    interface DocumentSink {
        /**
         * @param node     the composed node tree, merge keys flattened
         * @param content  the document as a JSON tree
         * @param problems duplicate keys found in it
         */
        void accept(Node node, JsonNode content, List<MarkedYAMLException> problems);
    }

    /**
     * Composes every document of {@code text} in order, up to the first syntax error, with the options
     * {@link #parse} reads it with, so that re-composing a text for its lines (see {@link SourceLines}) sees the
     * same documents.
     */
    static void compose(String text, DocumentSink documents, Consumer<MarkedYAMLException> syntaxError,
                        BiConsumer<YAMLException, Mark> otherError) {
        LoaderOptions options = options();
        TreeConstructor constructor = new TreeConstructor(options);
        // What Yaml.composeAll does, without building the Yaml facade's representer for every file.
        YamlLimits.Tracking parser = parser(text, options);
        Composer composer = new Composer(parser, RESOLVER, options);
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                List<MarkedYAMLException> problems = new ArrayList<>(0);
                JsonNode content = constructor.document(node, problems);
                documents.accept(node, content, problems);
            }
        } catch (MarkedYAMLException e) {
            syntaxError.accept(e);
        } catch (YAMLException e) {
            otherError.accept(e, parser.lastMark());
        }
    }

    /** The one place the YAML options are set, so that every read of a text sees the same documents. */
    private static LoaderOptions options() {
        LoaderOptions options = YamlLimits.options(YamlLimits.ALIASES);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    private static YamlLimits.Tracking parser(String text, LoaderOptions options) {
        return new YamlLimits.Tracking(new ParserImpl(new StreamReader(new StringReader(text)), options));
    }

    private static Finding syntax(String where, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return Finding.error(at(where, mark), "", "YAML: " + TerminalText.visible(firstLine(e.getProblem()))
                + TerminalText.visible(context(e)), SYNTAX_HINT);
    }

    private static String at(String where, Mark mark) {
        return mark == null ? where : where + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private static List<ParsedDocument> json(String where, String text, Consumer<Finding> findings) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonNode content = JSON.readTree(parser);
            return content == null || content.isMissingNode() || content.isNull()
                    ? List.of() : List.of(new ParsedDocument(content, 1, false));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? where : where + ":" + at.getLineNr() + ":" + at.getColumnNr();
            findings.accept(Finding.error(position, "", "JSON: " + firstLine(e.getOriginalMessage()), ""));
        } catch (IOException e) {
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
}
