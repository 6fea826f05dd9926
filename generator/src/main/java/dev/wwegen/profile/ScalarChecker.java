package dev.wwegen.profile;

import static dev.wwegen.profile.NameFormats.quote;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.profile.FieldType.Bool;
import dev.wwegen.profile.FieldType.Int;
import dev.wwegen.profile.FieldType.ListOf;
import dev.wwegen.profile.FieldType.Problem;
import dev.wwegen.profile.FieldType.TextFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML scalar as text, an integer or a boolean the way the profile means it, and rejects
 * what YAML 1.1 and 1.2 parsers would read differently: only plain {@code true}/{@code false} are
 * booleans, only plain decimals without leading zeros are integers, and unquoted text must stay text.
 * Owns the findings list of one file and the file's display path.
 */
final class ScalarChecker {

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");
    private static final Resolver RESOLVER = new Resolver();

    private final String display;
    private final List<Finding> findings;

    ScalarChecker(String display, List<Finding> findings) {
        this.display = display;
        this.findings = findings;
    }

    String where(Node node) {
        Mark mark = node.getStartMark();
        return display + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    void error(Node node, String path, String reason, String hint) {
        findings.add(Finding.error(where(node), path, reason, hint));
    }

    boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    void rejectNull(ScalarNode node, String path, FieldType type) {
        String value = node.getValue();
        String reason = value.isEmpty() ? "no value is given" : value.equalsIgnoreCase("null")
                ? "null is not allowed here" : value + " means null, which is not allowed here";
        String hint = type instanceof ListOf ? "write [] for an empty list, or remove the key to keep the inherited value"
                : type instanceof FieldType.MapOf || type instanceof FieldType.Struct
                ? "write {} for an empty mapping, or remove the key to keep the inherited value"
                : "remove the key to keep the inherited value";
        error(node, path, reason, hint);
    }

    /** Checks a string; {@code key} names the field in a "quote it" hint, or is null inside lists and for keys. */
    Sourced text(ScalarNode node, TextFormat format, String path, String key) {
        String value = node.getValue();
        if (explicitTag(node) && !Tag.STR.equals(node.getTag())) {
            rejectTag(node, path);
            return null;
        }
        if (node.isPlain() && !explicitTag(node)) {
            Optional<String> misread = PlainScalar.misreading(value);
            if (value.isEmpty()) {
                error(node, path, "no value is given", "write a value, or remove the key to keep the inherited value");
                return null;
            }
            if (misread.isPresent()) {
                error(node, path, value + " is read as " + misread.get() + ", not as text",
                        "quote it: " + (key == null ? "" : key + ": ") + quote(value));
                return null;
            }
        }
        Optional<Problem> problem = ValueFormats.templateSafe(value).or(() -> format.check(value));
        if (problem.isPresent()) {
            error(node, path, problem.get().reason(), problem.get().hint());
            return null;
        }
        return new Sourced.Leaf(value, where(node));
    }

    /** Checks an integer or a boolean. */
    Sourced check(Node node, FieldType type, String path) {
        String expected = type instanceof Bool ? "true or false" : "an integer";
        if (!(node instanceof ScalarNode scalar)) {
            error(node, path, "expected " + expected + ", found " + describe(node), "write a single value");
            return null;
        }
        if (explicitTag(scalar)) {
            rejectTag(scalar, path);
            return null;
        }
        Optional<Problem> problem = type instanceof Int range ? integer(scalar, range) : bool(scalar);
        if (problem.isPresent()) {
            error(node, path, problem.get().reason(), problem.get().hint());
            return null;
        }
        String value = scalar.getValue();
        return new Sourced.Leaf(type instanceof Bool ? (Object) Boolean.valueOf(value) : Long.valueOf(value), where(node));
    }

    private Optional<Problem> integer(ScalarNode node, Int range) {
        String value = node.getValue();
        if (!node.isPlain()) {
            return Optional.of(new Problem(quote(value) + " is a string, expected an integer",
                    DECIMAL.matcher(value).matches() ? "write " + value + " without quotes" : "write a whole number"));
        }
        if (LEADING_ZERO.matcher(value).matches()) {
            String digits = value.replace("_", "").replaceFirst("^([-+]?)0+(?=.)", "$1");
            return Optional.of(new Problem(value + " has a leading zero: YAML 1.1 reads it as octal, YAML 1.2 as "
                    + digits, "write " + digits + " without the leading zero"));
        }
        Optional<BigDecimal> number = IntegerSpelling.valueOf(value);
        if (number.isEmpty()) {
            return Optional.of(new Problem(value + " is " + describe(node) + ", expected an integer", "write a whole number"));
        }
        if (!DECIMAL.matcher(value).matches()) {
            return Optional.of(new Problem(value + " is not a plain decimal integer",
                    IntegerSpelling.hint(number.get())));
        }
        BigDecimal parsed = number.get();
        if (parsed.compareTo(BigDecimal.valueOf(range.min())) < 0
                || parsed.compareTo(BigDecimal.valueOf(range.max())) > 0) {
            return Optional.of(new Problem(value + (range.max() == Long.MAX_VALUE ? " is less than " + range.min()
                    : " is not between " + range.min() + " and " + range.max()), range.hint()));
        }
        return Optional.empty();
    }

    private Optional<Problem> bool(ScalarNode node) {
        String value = node.getValue();
        if (node.isPlain() && (value.equals("true") || value.equals("false"))) {
            return Optional.empty();
        }
        if (!node.isPlain()) {
            return Optional.of(new Problem(quote(value) + " is a string, expected true or false",
                    value.equals("true") || value.equals("false") ? "write " + value + " without quotes"
                            : "write true or false"));
        }
        String note = PlainScalar.yaml11(value) == PlainScalar.Kind.BOOLEAN
                ? " (YAML 1.1 reads it as a boolean, YAML 1.2 " + (PlainScalar.yaml12(value) == PlainScalar.Kind.BOOLEAN
                ? "too)" : "as a string)") : "";
        return Optional.of(new Problem("expected true or false, found " + value + note, "write true or false"));
    }

    private void rejectTag(ScalarNode node, String path) {
        String tag = node.getTag().getValue().replace(Tag.PREFIX, "!!");
        error(node, path, "the explicit tag " + tag + " is not supported", "remove the tag; quote the value if it is text");
    }

    private static boolean explicitTag(ScalarNode node) {
        return !RESOLVER.resolve(NodeId.scalar, node.getValue(), node.isPlain()).equals(node.getTag());
    }

    /** What kind of value a node holds, in words: "a list", "a mapping", "a number", "a string". */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (!scalar.isPlain()) {
            return "a string";
        }
        return switch (PlainScalar.yaml12(scalar.getValue())) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> PlainScalar.yaml11(scalar.getValue()) == PlainScalar.Kind.STRING ? "a string"
                    : PlainScalar.yaml11(scalar.getValue()) == PlainScalar.Kind.NUMBER ? "a number" : "a boolean";
        };
    }
}
