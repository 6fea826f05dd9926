package dev.wwegen.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A path given to {@code --ignore}: it hides the field it names and everything under it. Written like
 * the paths the diff prints, with three conveniences:
 * <ul>
 *   <li>a map key that contains dots may be written plainly, {@code metadata.labels.helm.sh/chart}, or quoted,
 *       {@code metadata.labels["helm.sh/chart"]} (plain words are joined with dots until they spell a key);</li>
 *   <li>{@code *} or {@code [*]} stands for any one step (a key, a keyed item or an index);</li>
 *   <li>a keyed item is {@code [name=wwe]}, an index {@code [0]}.</li>
 * </ul>
 */
public final class PathPattern {

    private sealed interface Token {
    }

    private record Word(String text) implements Token {
    }

    private record Quoted(String key) implements Token {
    }

    private record Any() implements Token {
    }

    private record Step(PathSegment segment) implements Token {
    }

    private final String text;
    private final List<Token> tokens;

    private PathPattern(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** @throws IllegalArgumentException naming the pattern and what is wrong with it */
    public static PathPattern parse(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                if (i == 0 || i == text.length() - 1 || text.charAt(i + 1) == '.' || text.charAt(i + 1) == '[') {
                    throw bad(text, "has an empty step at position " + (i + 1));
                }
                i++;
            } else if (c == '[') {
                int close = closing(text, i);
                tokens.add(bracket(text, text.substring(i + 1, close)));
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String word = text.substring(i, end);
                tokens.add(word.equals("*") ? new Any() : new Word(word));
                i = end;
            }
        }
        if (tokens.isEmpty()) {
            throw bad(text, "is empty");
        }
        return new PathPattern(text, List.copyOf(tokens));
    }

    /** Whether {@code path} is the field this pattern names or lies under it. */
    public boolean covers(FieldPath path) {
        return matches(0, path.segments(), 0);
    }

    private boolean matches(int token, List<PathSegment> path, int step) {
        if (token == tokens.size()) {
            return true;
        }
        if (step == path.size()) {
            return false;
        }
        PathSegment segment = path.get(step);
        Token next = tokens.get(token);
        if (next instanceof Word word) {
            return segment instanceof PathSegment.Key key && joinedWords(token, key.name(), path, step);
        }
        boolean here = next instanceof Any
                || next instanceof Quoted quoted && segment.equals(new PathSegment.Key(quoted.key()))
                || next instanceof Step exact && segment.equals(exact.segment());
        return here && matches(token + 1, path, step + 1);
    }

    /** Joins plain words with dots until they spell {@code key}, so {@code helm.sh/chart} matches one key. */
    private boolean joinedWords(int token, String key, List<PathSegment> path, int step) {
        StringBuilder spelled = new StringBuilder();
        for (int t = token; t < tokens.size() && tokens.get(t) instanceof Word word; t++) {
            spelled.append(t == token ? "" : ".").append(word.text());
            if (spelled.toString().equals(key) && matches(t + 1, path, step + 1)) {
                return true;
            }
            if (!key.startsWith(spelled + ".")) {
                return false;
            }
        }
        return false;
    }

    private static Token bracket(String text, String inside) {
        if (inside.equals("*")) {
            return new Any();
        }
        if (inside.length() >= 2 && (inside.startsWith("\"") && inside.endsWith("\"")
                || inside.startsWith("'") && inside.endsWith("'"))) {
            return new Quoted(inside.substring(1, inside.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        if (inside.matches("\\d+")) {
            return new Step(new PathSegment.Index(Integer.parseInt(inside)));
        }
        int equals = inside.indexOf('=');
        if (equals > 0 && equals < inside.length() - 1) {
            return new Step(new PathSegment.Item(inside.substring(0, equals), inside.substring(equals + 1)));
        }
        throw bad(text, "has [" + inside + "], which is none of [\"key\"], [field=value], [index] or [*]");
    }

    private static int closing(String text, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                return i;
            }
        }
        throw bad(text, "has a [ without its ]");
    }

    private static IllegalArgumentException bad(String text, String problem) {
        return new IllegalArgumentException("path '" + text + "' " + problem);
    }

    @Override
    public String toString() {
        return text;
    }
}
