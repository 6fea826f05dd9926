package dev.wwegen.diff;

import java.util.regex.Pattern;

/** One step of a {@link FieldPath}: a map key, a list item found by its key field, or a list index. */
public sealed interface PathSegment {

    /** How the step is written after the previous one, e.g. {@code .image}, {@code [name=wwe]}, {@code [0]}. */
    String written(boolean first);

    /** A map key; written {@code ["helm.sh/chart"]} when it holds characters a dotted path cannot show plainly. */
    record Key(String name) implements PathSegment {
        private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$/-]+");

        @Override
        public String written(boolean first) {
            if (PLAIN.matcher(name).matches()) {
                return first ? name : "." + name;
            }
            return "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
    }

    /** The item of a list whose {@code field} is {@code value}, e.g. the container named {@code wwe}. */
    record Item(String field, String value) implements PathSegment {
        @Override
        public String written(boolean first) {
            return "[" + field + "=" + value + "]";
        }
    }

    /** The item at a position, for lists whose items have no key. */
    record Index(int position) implements PathSegment {
        @Override
        public String written(boolean first) {
            return "[" + position + "]";
        }
    }
}
