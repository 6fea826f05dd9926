package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** What {@link YamlWriter} promises, for arbitrary trees: both readers get the tree back, and the bytes are stable. */
class YamlWriterPropertyTest {

    private static final List<String> NASTY = List.of("y", "n", "yes", "No", "ON", "off", "true", "False", "null",
            "NULL", "~", "", "0755", "0o17", "0x1F", "0b101", "1:20", "1_000", "1e5", "1E+5", ".5", ".inf", "-.Inf",
            ".nan", "1_000.5", "2024-01-31", "<<", "=", "---", "...", "#", " #", ": ", ":", "-", "- ", "?", "&a", "*a",
            "!tag", "|", ">", "'", "\"", "%", "@", "`", "{", "}", "[", "]", ",", "{{ .Values.x }}", "}}", " ", "\t",
            "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u0000", "\u001b", "\u007f", "\u00a0", "\ufeff",
            "\ufffe", "é", "日本", "😀", "\\", "\\n", "0", "-1", "1.0", "x");

    private final YamlWriter writer = new YamlWriter();
    private final YAMLMapper jackson = new YAMLMapper();

    @Provide
    Arbitrary<String> strings() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(NASTY),
                Arbitraries.integers().between(0, 0x10FFFF)
                        .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                        .map(Character::toString),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(4));
        return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Object> trees() {
        return Arbitraries.recursive(this::leaf, this::containerOf, 0, 3);
    }

    private Arbitrary<Object> leaf() {
        return Arbitraries.oneOf(
                strings().map(s -> s),
                Arbitraries.integers().map(i -> i),
                Arbitraries.longs().map(l -> l),
                Arbitraries.doubles().map(d -> d),
                Arbitraries.of(true, false).map(b -> b),
                Arbitraries.just(null));
    }

    private Arbitrary<Object> containerOf(Arbitrary<Object> children) {
        return Arbitraries.oneOf(
                Arbitraries.maps(strings(), children).ofMaxSize(4).map(m -> m),
                children.list().ofMaxSize(4).map(l -> l));
    }

    private static Map<String, Object> document(Object root) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("root", root);
        return doc;
    }

    @Property(tries = 1000)
    void snakeYamlReadsBackTheSameTree(@ForAll("trees") Object tree) {
        Map<String, Object> doc = document(tree);
        Object read = new Yaml(new SafeConstructor(new LoaderOptions())).load(writer.write(doc));
        assertThat(normalized(read)).isEqualTo(normalized(doc));
    }

    @Property(tries = 1000)
    void jacksonReadsBackTheSameTree(@ForAll("trees") Object tree) throws Exception {
        Map<String, Object> doc = document(tree);
        Object read = jackson.readValue(writer.write(doc), Object.class);
        assertThat(normalized(read)).isEqualTo(normalized(doc));
    }

    @Property(tries = 1000)
    void everyStringRoundTripsAsKeyAndValueInBothReaders(@ForAll("strings") String text) throws Exception {
        Map<String, Object> doc = document(List.of(text));
        doc.put(text, text);
        String yaml = writer.write(doc);
        assertThat(new Yaml(new SafeConstructor(new LoaderOptions())).<Object>load(yaml)).isEqualTo(doc);
        assertThat(jackson.readValue(yaml, Object.class)).isEqualTo(doc);
    }

    @Property(tries = 500)
    void textIsTheSameWhateverTheMapOrderAndHowOftenItIsWritten(@ForAll("trees") Object tree) {
        String first = writer.write(tree);
        assertThat(writer.write(tree)).isEqualTo(first);
        assertThat(writer.write(reversed(tree))).isEqualTo(first);
        assertThat(first).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    @Property(tries = 2000)
    void numberLikeStringsAreNeverPlainWhenYaml12WouldReadANumber(@ForAll("numberLike") String text) {
        String line = writer.write(Map.of("k", text));
        boolean plain = !line.startsWith("k: \"") && !line.startsWith("k: '");
        if (plain) {
            assertThat(readsAsYaml12Number(text)).as("'%s' is written plain", text).isFalse();
        }
    }

    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> prefix = Arbitraries.of("", "", "0o", "0x", "+", "-", ".", "0", "1");
        Arbitrary<String> body = Arbitraries.strings().withChars("0123456789.eE+-oxX_:abf").ofMinLength(1).ofMaxLength(5);
        return net.jqwik.api.Combinators.combine(prefix, body).as(String::concat);
    }

    /** An independent YAML 1.2 core-schema number check, via Java's parsers. */
    private static boolean readsAsYaml12Number(String text) {
        if (text.matches("0o.+")) {
            return parses(text.substring(2), 8);
        }
        if (text.matches("0x.+")) {
            return parses(text.substring(2), 16);
        }
        if (!text.matches("[-+]?[0-9.].*") || !text.matches("[0-9.eE+-]+") || text.matches("[-+]?\\.?([eE].*)?")) {
            return false;
        }
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean parses(String digits, int radix) {
        try {
            new BigInteger(digits, radix);
            return !digits.startsWith("-") && !digits.startsWith("+");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Integers of any width compare by value; a reader may choose Integer, Long or BigInteger. */
    private static Object normalized(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new BigInteger(value.toString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normalized(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlWriterPropertyTest::normalized).toList();
        }
        return value;
    }

    private static Object reversed(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            java.util.Collections.reverse(entries);
            Map<Object, Object> copy = new LinkedHashMap<>();
            entries.forEach(e -> copy.put(e.getKey(), reversed(e.getValue())));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlWriterPropertyTest::reversed).toList();
        }
        return value;
    }
}
