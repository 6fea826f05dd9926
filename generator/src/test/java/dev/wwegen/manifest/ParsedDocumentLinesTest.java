package dev.wwegen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wwegen.dsl.check.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Lines of fields, found lazily by composing the text again: the same as the node tree gave. */
class ParsedDocumentLinesTest {

    private static final String TEXT = """
            base: &b
              a: 1
              b: 2
            obj:
              <<: *b
              c: 3
              a: 9
            ---
            # comment
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata: {name: x, labels: {"a/b": c, "t~x": y}}
            - {apiVersion: v1, kind: ConfigMap,
               metadata: {name: y}}
            ---
            dup: 1
            dup: 2
            nested:
              k: 1
              k:
                z: 3
            ---
            a: [unterminated
            """;

    @Test
    void linesOfFieldsItemsAndMissingFields() {
        List<Finding> findings = new ArrayList<>();
        List<ParsedDocument> documents = YamlDocuments.parse("f.yaml", TEXT, findings::add);
        assertThat(documents).hasSize(3);
        ParsedDocument merged = documents.get(0);
        assertThat(merged.line()).isEqualTo(1);
        assertThat(merged.lineOf("/obj/a")).isEqualTo(7);
        assertThat(merged.lineOf("/obj/b")).isEqualTo(3);
        assertThat(merged.lineOf("/obj/c/nothing")).isEqualTo(6);
        assertThat(merged.lineOf("/missing")).isEqualTo(1);

        ParsedDocument list = documents.get(1);
        assertThat(list.line()).isEqualTo(10);
        assertThat(list.lineOf("/items/0/metadata/labels/a~1b")).isEqualTo(15);
        assertThat(list.lineOf("/items/1/metadata/name")).isEqualTo(17);
        assertThat(list.lineOf("/items/7")).isEqualTo(12);
        ParsedDocument item = list.at("/items/1");
        assertThat(item.content().path("kind").asText()).isEqualTo("ConfigMap");
        assertThat(item.line()).isEqualTo(16);
        assertThat(item.lineOf("/metadata/name")).isEqualTo(17);
        assertThat(item.lineOf("/spec")).isEqualTo(16);

        ParsedDocument duplicates = documents.get(2);
        assertThat(duplicates.broken()).isTrue();
        assertThat(duplicates.lineOf("/dup")).isEqualTo(20);
        assertThat(duplicates.lineOf("/nested/k/z")).isEqualTo(24);
        assertThat(findings).hasSize(3);
    }

    @Test
    void jsonAndInMemoryDocumentsHaveOnlyTheirOwnLine() {
        List<ParsedDocument> json = YamlDocuments.parse("f.json", "{\n \"a\": {\"b\": 1}\n}", f -> { });
        assertThat(json.get(0).lineOf("/a/b")).isEqualTo(1);
        assertThat(new ParsedDocument(json.get(0).content(), 0, false).lineOf("/a")).isZero();
    }
}
