package dev.wwegen.emit;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Knows which strings a YAML reader would not read back as strings if they were written plain.
 *
 * <p>The union of YAML 1.1 (what SnakeYAML, PyYAML and go-yaml v2 read) and the YAML 1.2 core schema (what
 * snakeyaml-engine, go-yaml v3 and Helm's sigs.k8s.io/yaml may read): booleans, nulls, integers, floats,
 * timestamps, merge and value keys. Such strings must be quoted. Syntax (indicators, {@code ": "}, {@code " #"},
 * leading or trailing spaces) is not judged here; SnakeYAML's emitter quotes those itself.
 */
final class PlainScalars {

    private static final Pattern YAML_1_1 = Pattern.compile(String.join("|",
            // bool
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            // null
            "~|null|Null|NULL|",
            // int: binary, octal, decimal, hex, sexagesimal (underscores allowed everywhere in 1.1)
            "[-+]?0b[0-1_]+",
            "[-+]?0[0-7_]+",
            "[-+]?(?:0|[1-9][0-9_]*)",
            "[-+]?0x[0-9a-fA-F_]+",
            "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
            // float; parsers disagree about the exponent sign and digits before the dot, so be generous
            "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?",
            "[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)",
            "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
            "[-+]?\\.(?:inf|Inf|INF)",
            "\\.(?:nan|NaN|NAN)",
            // timestamp
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?",
            // merge and value keys
            "<<|="));

    private static final Pattern YAML_1_2 = Pattern.compile(String.join("|",
            "true|True|TRUE|false|False|FALSE",
            "~|null|Null|NULL|",
            "[-+]?[0-9]+",
            "0o[0-7]+",
            "0x[0-9a-fA-F]+",
            "[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?",
            "[-+]?\\.(?:inf|Inf|INF)",
            "\\.(?:nan|NaN|NAN)"));

    private static final Resolver SNAKEYAML = new Resolver();

    /**
     * Every character that a string any of the three readers takes for another type can start with (the patterns
     * above, and SnakeYAML's resolvers, which are keyed by first character; SnakeYAML reads a lone space as null):
     * most strings start otherwise and need no pattern at all. Only the empty string, a null, has no first character.
     */
    static final String FIRST_CHARACTERS = "yYnNtTfFoO~+-0123456789.<=!&* ";

    private PlainScalars() {
    }

    /**
     * Every character that such a string can hold anywhere (all ASCII): a string with any other character, such as
     * {@code 250m} or {@code 64Mi}, needs no pattern either.
     */
    static final String CHARACTERS = "0123456789abcdefilnorstuxyABCDEFILNORSTUYZ+-_.:~<=!&* \t";

    private static final boolean[] ALLOWED = new boolean[128];

    static {
        CHARACTERS.chars().forEach(c -> ALLOWED[c] = true);
    }

    /** True if a YAML 1.1 or 1.2 reader would read {@code text}, written plain, as something other than it. */
    static boolean readsAsNonString(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (FIRST_CHARACTERS.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ALLOWED.length || !ALLOWED[c]) {
                return false;
            }
        }
        return matchesNonString(text);
    }

    /** The patterns alone, whatever the first character. */
    static boolean matchesNonString(String text) {
        return YAML_1_1.matcher(text).matches()
                || YAML_1_2.matcher(text).matches()
                || !Tag.STR.equals(SNAKEYAML.resolve(NodeId.scalar, text, true));
    }
}
