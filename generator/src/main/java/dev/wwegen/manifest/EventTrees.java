package dev.wwegen.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds each document's JSON tree straight from SnakeYAML's parser events, without composing a node graph
 * first (composing and converting was most of a large {@code validate}'s parse after scanning). A document
 * is built directly only while it uses nothing the composer gives a meaning of its own: the first alias
 * (anchors alone change nothing), explicit tag, merge key ({@code <<}), key that is not a scalar or
 * nesting deeper than {@link #DIRECT_DEPTH} hands the document — the events read so far, then the rest — to SnakeYAML's
 * {@link Composer} and {@link TreeConstructor}, so such a document gets their tree and their errors. For the
 * rest the tree and the problems are the ones they would give: scalars resolved by the same resolver and
 * constructed by the same constructor, a repeated key reported at the same marks, its last value kept in
 * the first key's place.
 *
 * <p>Trees are built compact, since a run keeps every object it validates: fields in a {@link FieldMap}, and
 * short keys and text values shared between documents (strings and text nodes are immutable).
 */
final class EventTrees {

    /** Deeper documents go through the composer, which enforces the nesting limit at its own events. */
    static final int DIRECT_DEPTH = 64;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Strings longer than this are not shared. */
    private static final int SHARED_LENGTH = 64;
    /** At most this many keys and this many values are shared (a bound on the memory the tables hold). */
    private static final int SHARED_COUNT = 32_768;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final Map<String, TextNode> TEXTS = new ConcurrentHashMap<>();
    /** Up to this many fields a repeated key is found by a scan; larger mappings keep an index. */
    private static final int SCANNED_FIELDS = 12;

    private final Parser parser;
    private final Replay replay;
    private final Composer composer;
    private final Resolver resolver;
    private final TreeConstructor constructor;
    private final List<Event> events = new ArrayList<>();

    /**
     * @param parser      the parser of the text
     * @param replay      what {@code composer} reads: the events handed back, then {@code parser}'s
     * @param composer    composes a document this class hands over
     * @param resolver    the composer's resolver
     * @param constructor turns a composed document into its tree
     */
    EventTrees(Parser parser, Replay replay, Composer composer, Resolver resolver, TreeConstructor constructor) {
        this.parser = parser;
        this.replay = replay;
        this.composer = composer;
        this.resolver = resolver;
        this.constructor = constructor;
    }

    /** One document: its tree, the line its root starts on, and its duplicate keys. */
    record Document(JsonNode content, int line, List<MarkedYAMLException> problems) {
    }

    /** Whether another document follows (the stream start is dropped first), as {@link Composer#checkNode}. */
    boolean hasNext() {
        return composer.checkNode();
    }

    /** Reads the next document; call only after {@link #hasNext()} said there is one. */
    Document next() {
        events.clear();
        events.add(parser.getEvent()); // DOCUMENT-START
        List<MarkedYAMLException> problems = new ArrayList<>(0);
        try {
            Event root = parser.peekEvent();
            JsonNode content = node(0, problems);
            parser.getEvent(); // DOCUMENT-END
            return new Document(content, root.getStartMark().getLine() + 1, problems);
        } catch (Composed signal) {
            replay.push(events);
            Node node = composer.getNode();
            List<MarkedYAMLException> composedProblems = new ArrayList<>(0);
            JsonNode content = constructor.document(node, composedProblems);
            return new Document(content, node.getStartMark().getLine() + 1, composedProblems);
        }
    }

    private Event take() {
        Event event = parser.getEvent();
        events.add(event);
        return event;
    }

    private JsonNode node(int depth, List<MarkedYAMLException> problems) {
        Event event = take();
        if (depth >= DIRECT_DEPTH) {
            throw Composed.SIGNAL;
        }
        if (event instanceof ScalarEvent scalar) {
            if (scalar.getTag() != null) {
                throw Composed.SIGNAL;
            }
            return scalar(scalar);
        }
        if (event instanceof MappingStartEvent mapping) {
            if (mapping.getTag() != null) {
                throw Composed.SIGNAL;
            }
            return mapping(mapping, depth, problems);
        }
        if (event instanceof SequenceStartEvent sequence) {
            if (sequence.getTag() != null) {
                throw Composed.SIGNAL;
            }
            ArrayNode array = NODES.arrayNode();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                array.add(node(depth + 1, problems));
            }
            take();
            return array;
        }
        throw Composed.SIGNAL; // an alias
    }

    private JsonNode mapping(MappingStartEvent start, int depth, List<MarkedYAMLException> problems) {
        List<String> names = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();
        Map<String, Integer> index = null;
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            if (depth + 1 >= DIRECT_DEPTH || !(take() instanceof ScalarEvent key) || key.getTag() != null) {
                throw Composed.SIGNAL;
            }
            String name = key.getValue();
            if (resolver.resolve(NodeId.scalar, name, key.getImplicit().canOmitTagInPlainScalar()).equals(Tag.MERGE)) {
                throw Composed.SIGNAL;
            }
            int at;
            if (index != null) {
                at = index.getOrDefault(name, -1);
            } else {
                at = names.lastIndexOf(name);
                if (names.size() >= SCANNED_FIELDS) {
                    index = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        index.put(names.get(i), i);
                    }
                }
            }
            if (at >= 0) {
                problems.add(new TreeConstructor.DuplicateKey(start.getStartMark(), name, key.getStartMark()));
                values.set(at, node(depth + 1, problems));
                continue;
            }
            String shared = share(KEYS, name, name);
            if (index != null) {
                index.put(shared, names.size());
            }
            names.add(shared);
            values.add(node(depth + 1, problems));
        }
        take();
        Map<String, JsonNode> fields = new FieldMap(names.size());
        for (int i = 0; i < names.size(); i++) {
            fields.put(names.get(i), values.get(i));
        }
        return new ObjectNode(NODES, fields);
    }

    private JsonNode scalar(ScalarEvent event) {
        String value = event.getValue();
        Tag tag = resolver.resolve(NodeId.scalar, value, event.getImplicit().canOmitTagInPlainScalar());
        if (tag.equals(Tag.STR)) {
            return value.length() <= SHARED_LENGTH ? share(TEXTS, value, null) : NODES.textNode(value);
        }
        return constructor.scalar(new ScalarNode(tag, true, value, event.getStartMark(), event.getEndMark(),
                event.getScalarStyle()));
    }

    /** The shared instance for {@code value}, made (a text node when {@code made} is null) the first time. */
    @SuppressWarnings("unchecked")
    private static <T> T share(Map<String, T> shared, String value, T made) {
        if (value.length() > SHARED_LENGTH) {
            return made;
        }
        T found = shared.get(value);
        if (found != null) {
            return found;
        }
        T fresh = made != null ? made : (T) NODES.textNode(value);
        if (shared.size() < SHARED_COUNT) {
            T raced = shared.putIfAbsent(value, fresh);
            return raced != null ? raced : fresh;
        }
        return fresh;
    }

    /** Thrown to hand a document to the composer; no stack trace, one instance. */
    private static final class Composed extends RuntimeException {
        static final Composed SIGNAL = new Composed();

        private Composed() {
            super(null, null, false, false);
        }
    }

    /** A parser that hands out pushed-back events first, then its source's. */
    static final class Replay implements Parser {

        private final Parser source;
        private final ArrayDeque<Event> pushed = new ArrayDeque<>();

        Replay(Parser source) {
            this.source = source;
        }

        void push(List<Event> events) {
            pushed.addAll(events);
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return pushed.isEmpty() ? source.checkEvent(choice) : pushed.peekFirst().is(choice);
        }

        @Override
        public Event peekEvent() {
            return pushed.isEmpty() ? source.peekEvent() : pushed.peekFirst();
        }

        @Override
        public Event getEvent() {
            return pushed.isEmpty() ? source.getEvent() : pushed.pollFirst();
        }
    }
}
