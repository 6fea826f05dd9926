package dev.wwegen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reading documents straight from parser events ({@link YamlDocuments#read}) gives exactly what composing a node
 * graph and converting it ({@link YamlDocuments#compose}) gives: the same trees (node types included), lines,
 * duplicate-key problems with their marks, and the same syntax and limit errors at the same positions.
 */
class EventTreesTest {

    /** Every document, problem and error of one text, as text (JSON trees with their node types). */
    private static List<String> readDirect(String text) {
        List<String> out = new ArrayList<>();
        YamlDocuments.read(text, (line, content, problems) -> out.add(document(line, content, problems)),
                e -> out.add("syntax " + e), (e, mark) -> out.add("error " + e.getMessage() + " at " + mark));
        return out;
    }

    private static List<String> composed(String text) {
        List<String> out = new ArrayList<>();
        YamlDocuments.compose(text, (node, content, problems) -> out.add(document(node.getStartMark().getLine() + 1,
                        content, problems)),
                e -> out.add("syntax " + e), (e, mark) -> out.add("error " + e.getMessage() + " at " + mark));
        return out;
    }

    private static String document(int line, JsonNode content, List<?> problems) {
        return "line " + line + ": " + typed(content) + " problems " + problems;
    }

    /** The tree with every node's type, so that 1, 1.0, "1" and true and "true" stay apart. */
    private static String typed(JsonNode node) {
        if (node == null) {
            return "null!";
        }
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            node.fields().forEachRemaining(e -> fields.add(e.getKey() + "=" + typed(e.getValue())));
            return "{" + String.join(", ", fields) + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(typed(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return node.getNodeType() + ":" + node.getClass().getSimpleName() + ":" + node;
    }

    static Stream<String> texts() {
        String wide = IntStream.range(0, 20).mapToObj(i -> "k" + i + ": " + i).collect(Collectors.joining("\n"));
        String deep = "a:\n" + IntStream.range(1, 70).mapToObj(i -> "  ".repeat(i) + "a:").collect(Collectors.joining("\n"))
                + " 1\n";
        String tooDeep = "[".repeat(260) + "]".repeat(260) + "\n";
        String aliases = "a: &a [1]\nb: [" + IntStream.range(0, 60).mapToObj(i -> "*a").collect(Collectors.joining(", "))
                + "]\n";
        String aliasesAcrossDocuments = IntStream.range(0, 30).mapToObj(i -> "x: &x {a: 1}\ny: [*x, *x]\n")
                .collect(Collectors.joining("---\n"));
        return Stream.of(
                "",
                "---\n---\n",
                "# only a comment\n",
                "a: 1\nb: 1.5\nc: 0755\nd: 0x1F\ne: yes\nf: No\ng: ~\nh: null\ni: \"1\"\nj: '2'\nk: 1_000\nl: .inf\n"
                        + "m: -.5e3\nn: 2026-01-01\no: <<\np: 190:20:30\nq: !\nr: 123456789012345678901234567890\n",
                "apiVersion: v1\nkind: List\nitems:\n- {kind: A, a: [1, 2, {b: c}]}\n- kind: B\n  spec:\n    x: |\n      text\n",
                "dup: 1\ndup: 2\nnested:\n  k: 1\n  k:\n    z: 3\n    z: 4\n---\nok: 1\n",
                wide + "\nk3: again\nk19: last\nk7:\n  k7: 1\n  k7: 2\n",
                "base: &b\n  a: 1\n  b: 2\nobj:\n  <<: *b\n  c: 3\n  a: 9\n",
                "a: 1\n'<<': 2\n\"<<\": 3\n",
                "a: !!str 123\nb: !!int \"7\"\nc: !custom x\n",
                "! {a: 1}\n",
                "!!seq [1]\n",
                "? [a, b]\n: c\n? {x: 1}\n: d\n",
                "~: 1\n1: one\ntrue: yes\n",
                "a: &x 1\nb: *x\n",
                "a: *nothing\n",
                "first: 1\n---\nsecond: [unterminated\n---\nthird: 3\n",
                "a: 1\n  b: 2\n",
                "a: \"\u0001\"\n",
                "a: 1\nb: \u0001\n",
                "- a\n- &z b\n- *z\n- {<<: {m: 1}, n: 2}\n",
                "x: {a: 1, a: 2}\ny: [ {b: 1}, {b: 2, b: 3} ]\n",
                deep,
                tooDeep,
                aliases,
                aliasesAcrossDocuments,
                "\"quoted key\": 'v'\nplain: a b c\nfolded: >\n  x\n  y\n",
                "{\"json\": [1, 2.5, true, null, \"s\"]}\n");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void readsWhatComposingGives(String text) {
        assertThat(readDirect(text)).isEqualTo(composed(text));
    }

    @Test
    void readsEveryYamlFileOfTheRepositoryAsComposingDoes() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Stream.of("output", "profiles", "examples", "generator/src/test/resources")
                .map(root::resolve).filter(Files::isDirectory).flatMap(EventTreesTest::walk)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(readDirect(text)).as(file.toString()).isEqualTo(composed(text));
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shortKeysAndTextValuesAreSharedBetweenDocuments() {
        List<JsonNode> trees = new ArrayList<>();
        String text = "metadata:\n  name: wwe-shared-value\n";
        for (int i = 0; i < 2; i++) {
            YamlDocuments.read(text, (line, content, problems) -> trees.add(content), e -> { }, (e, m) -> { });
        }
        JsonNode first = trees.get(0).get("metadata");
        JsonNode second = trees.get(1).get("metadata");
        assertThat(second.get("name")).isSameAs(first.get("name"));
        assertThat(second.fieldNames().next()).isSameAs(first.fieldNames().next());
        String longValue = "v".repeat(65);
        List<JsonNode> longs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            YamlDocuments.read("a: " + longValue + "\n", (line, content, problems) -> longs.add(content), e -> { },
                    (e, m) -> { });
        }
        assertThat(longs.get(1).get("a")).isNotSameAs(longs.get(0).get("a")).isEqualTo(longs.get(0).get("a"));
    }
}
