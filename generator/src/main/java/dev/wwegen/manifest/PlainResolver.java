package dev.wwegen.manifest;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Set;

/** YAML 1.1's implicit types without timestamps: a date stays the string it was written as. */
final class PlainResolver extends Resolver {

    /** The first letters of the words that may be booleans (yes, No, on, FALSE) or null (null, Null, NULL). */
    private static final String BOOL_OR_NULL_LETTERS = "yYnNtTfFoO";
    /** Every word the boolean and null patterns match. */
    private static final Set<String> WORDS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL, BOOL_OR_NULL_LETTERS, 10);
        addImplicitResolver(Tag.INT, INT, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
        addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
        addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
        addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
    }

    /**
     * The first characters any implicit type other than a string can start with (see above; "\0" puts the
     * null pattern, which also matches a single space, in the list tried for every first character).
     */
    private static final String TYPED_FIRST = BOOL_OR_NULL_LETTERS + "-+0123456789.<~!&* \0";
    /** The characters of every int and float form of YAML 1.1 (0x1F, 0b10, 1_000, 1.5e3, 190:20:30, .inf, .NaN). */
    private static final String NUMBER_CHARS = "0123456789_+-.:eExbabcdefABCDEFinINfF";

    /**
     * Most plain scalars of a manifest are keys and words ({@code metadata}, {@code IfNotPresent}, {@code 128Mi}):
     * the regular expressions of the implicit types are skipped for a scalar that none of them can match,
     * judged from its first character, whether it is one of the boolean and null words and,
     * for one that starts like a number, a character no number form has. Otherwise {@link Resolver} decides,
     * so the result is always the one it would give.
     */
    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
            char first = value.charAt(0);
            if (TYPED_FIRST.indexOf(first) < 0) {
                return Tag.STR;
            }
            if (BOOL_OR_NULL_LETTERS.indexOf(first) >= 0 && !WORDS.contains(value)) {
                return Tag.STR;
            }
            if ((first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.') && !numberLike(value)) {
                return Tag.STR;
            }
        }
        return super.resolve(kind, value, implicit);
    }

    private static boolean numberLike(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (NUMBER_CHARS.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
