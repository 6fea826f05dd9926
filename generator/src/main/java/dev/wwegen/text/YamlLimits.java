package dev.wwegen.text;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * The bounds every YAML parse in wwegen runs with, and their messages. SnakeYAML stops a document that nests
 * deeper than {@link #NESTING_DEPTH} levels or refers to mappings and lists through more than
 * {@link #ALIASES} aliases (a "billion laughs" bomb); its own code-point limit is lifted because
 * {@link InputText} already bounds the size, with a message that names the limit. SnakeYAML reports these as
 * plain {@link YAMLException}s without a position; {@link Tracking} remembers where the parser was, so the
 * message still has a line, and {@link #describe} words them for a user.
 */
public final class YamlLimits {

    /** The deepest nesting of mappings and lists; Kubernetes objects, CRD schemas included, stay far below. */
    public static final int NESTING_DEPTH = 200;
    /** The most aliases to mappings or lists in one input. */
    public static final int ALIASES = 50;

    private YamlLimits() {
    }

    /** Loader options with these limits; {@code aliases} lower for inputs that need fewer. */
    public static LoaderOptions options(int aliases) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(NESTING_DEPTH);
        options.setMaxAliasesForCollections(aliases);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** What went wrong, for a user: a reason and a hint. */
    public record Problem(String reason, String hint) {
    }

    /** The reason and hint for a limit SnakeYAML enforced, or a cleaned one-line version of anything else. */
    public static Problem describe(YAMLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Number of aliases for non-scalar nodes exceeds")) {
            return new Problem("more aliases (*name) to mappings or lists than the limit of "
                    + message.replaceAll(".*max=\\s*", "").strip() + " (this is how a YAML bomb expands)",
                    "write the repeated parts out instead of referring to them with aliases");
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return new Problem("mappings and lists nested deeper than the limit of "
                    + message.replaceAll("\\D+", "") + " levels", "flatten the document");
        }
        if (message.contains("exceeds the limit") && message.contains("code points")) {
            return new Problem("the input is larger than the YAML parser's limit", "give a smaller input");
        }
        return new Problem(TerminalText.visible(message.replaceAll("\\s*\\R\\s*", " ").strip()),
                "fix the YAML at and just before this position");
    }

    /** A parser that remembers the position of the last event it handed out. */
    public static final class Tracking implements Parser {

        private final Parser parser;
        private Mark last;

        public Tracking(Parser parser) {
            this.parser = parser;
        }

        /** Where the parser was when it last handed out an event; null before the first. */
        public Mark lastMark() {
            return last;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return remember(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            return remember(parser.getEvent());
        }

        private Event remember(Event event) {
            if (event != null) {
                last = event.getStartMark();
            }
            return event;
        }
    }
}
