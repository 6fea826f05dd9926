package dev.wwegen.profile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an unquoted YAML scalar means to YAML 1.1 parsers (SnakeYAML, go-yaml v2 under Helm and
 * kubectl) and to YAML 1.2 core-schema parsers, so a value that looks like text to a person but
 * not to a parser ({@code on}, {@code 0755}, {@code 1e5}) can be caught before it reaches a chart.
 */
final class PlainScalar {

    /** What a parser turns a plain scalar into. */
    enum Kind {
        STRING("a string"), BOOLEAN("a boolean"), NUMBER("a number"), NULL("null");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private static final Pattern BOOL_11 = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern INT_11 = Pattern.compile("[-+]?0b_*[0-1][0-1_]*|[-+]?0_*[0-7][0-7_]*"
            + "|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern FLOAT_11 = Pattern.compile("[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern NULL_ANY = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL_12 = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT_12 = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT_12 = Pattern.compile(
            "[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    private PlainScalar() {
    }

    static Kind yaml11(String text) {
        if (NULL_ANY.matcher(text).matches()) {
            return Kind.NULL;
        }
        if (BOOL_11.matcher(text).matches()) {
            return Kind.BOOLEAN;
        }
        return INT_11.matcher(text).matches() || FLOAT_11.matcher(text).matches() ? Kind.NUMBER : Kind.STRING;
    }

    static Kind yaml12(String text) {
        if (NULL_ANY.matcher(text).matches()) {
            return Kind.NULL;
        }
        if (BOOL_12.matcher(text).matches()) {
            return Kind.BOOLEAN;
        }
        return INT_12.matcher(text).matches() || FLOAT_12.matcher(text).matches() ? Kind.NUMBER : Kind.STRING;
    }

    /**
     * How parsers misread a plain scalar meant as text, e.g. {@code "a number by YAML 1.1 and 1.2"};
     * empty when both versions read it as a string.
     */
    static Optional<String> misreading(String text) {
        Kind old = yaml11(text);
        Kind current = yaml12(text);
        if (old == Kind.STRING && current == Kind.STRING) {
            return Optional.empty();
        }
        if (old == current) {
            return Optional.of(old.words + " by YAML 1.1 and 1.2");
        }
        if (current == Kind.STRING) {
            return Optional.of(old.words + " by YAML 1.1");
        }
        if (old == Kind.STRING) {
            return Optional.of(current.words + " by YAML 1.2");
        }
        return Optional.of(old.words + " by YAML 1.1 and " + current.words + " by YAML 1.2");
    }
}
