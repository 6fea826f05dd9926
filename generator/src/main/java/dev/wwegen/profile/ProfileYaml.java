package dev.wwegen.profile;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.text.TerminalText;
import dev.wwegen.text.YamlLimits;
import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses one profile file into SnakeYAML's node tree, which keeps every value's position. Only
 * composes: constructing Java objects would hide duplicate keys and lose the marks. A syntax error
 * becomes a finding at the position SnakeYAML reports.
 */
final class ProfileYaml {

    private ProfileYaml() {
    }

    /**
     * The result of parsing a file.
     *
     * @param root     the single document's root node; null for an empty file or after a syntax error
     * @param readable false after a syntax error, which has been added to the findings
     */
    record Parsed(Node root, boolean readable) {
    }

    static Parsed parse(String text, String display, List<Finding> findings) {
        LoaderOptions options = YamlLimits.options(10);
        options.setProcessComments(false);
        YamlLimits.Tracking parser = new YamlLimits.Tracking(
                new ParserImpl(new StreamReader(new StringReader(text)), options));
        try {
            Composer composer = new Composer(parser, new Resolver(), options);
            return new Parsed(composer.getSingleNode(), true);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            findings.add(Finding.error(at(display, mark), "", "YAML syntax error: " + describe(e), hint(e)));
        } catch (YAMLException e) {
            YamlLimits.Problem problem = YamlLimits.describe(e);
            findings.add(Finding.error(at(display, parser.lastMark()), "", "YAML error: " + problem.reason(),
                    problem.hint()));
        }
        return new Parsed(null, false);
    }

    private static String at(String display, Mark mark) {
        return mark == null ? display : display + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    /** SnakeYAML problems can span lines and quote characters with their code; keep one readable line. */
    private static String clean(String message) {
        String text = message == null ? "unreadable YAML" : message;
        return TerminalText.visible(text.replaceAll("\\s*\\R\\s*", " ").replaceAll("\\(\\d+\\)", "")
                .replaceAll("\\s+", " ").trim());
    }

    /** SnakeYAML splits a message into context and problem; put them back into one sentence. */
    private static String describe(MarkedYAMLException e) {
        String problem = clean(e.getProblem());
        if (problem.contains("\\t(TAB)")) {
            return "a tab character where YAML expects spaces";
        }
        if (e.getContext() == null) {
            return problem;
        }
        String context = clean(e.getContext());
        return problem.startsWith("but ") ? context + ", " + problem : problem + " (" + context + ")";
    }

    private static String hint(MarkedYAMLException e) {
        String text = e.getProblem() + " " + e.getContext();
        if (text.contains("\\t(TAB)")) {
            return "indent with spaces, not tabs";
        }
        if (text.contains("single document")) {
            return "a profile is one YAML document; remove the \"---\" line";
        }
        return "check the indentation, colons and quotes at and just before this position";
    }
}
