package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a/../b.yaml     | output path 'a/../b.yaml' must not contain '..'",
        "../b.yaml       | output path '../b.yaml' must not contain '..'",
        "./b.yaml        | output path './b.yaml' must not contain '.'",
        "/etc/passwd     | output path '/etc/passwd' must be relative",
        "a//b.yaml       | output path 'a//b.yaml' has an empty segment",
        "a/              | output path 'a/' has an empty segment",
        "a\\b.yaml       | output path 'a\\b.yaml' must use '/' and no backslash or NUL",
        ".wwegen-owned   | output path '.wwegen-owned' is one of wwegen's own files",
        ".wwegen-lock    | output path '.wwegen-lock' is one of wwegen's own files",
        ".wwegen-journal | output path '.wwegen-journal' is one of wwegen's own files",
        "a/.wwegen-tmp-1 | output path 'a/.wwegen-tmp-1' uses wwegen's temp-file prefix"})
    void pathsThatCouldEscapeOrCollideAreRejected(String path, String message) {
        assertThatThrownBy(() -> FileSet.builder().add(path, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aPathCannotBeBothAFileAndADirectory() {
        assertThatThrownBy(() -> FileSet.builder().add("chart", "x").add("chart/Chart.yaml", "y").build())
                .hasMessage("output path 'chart' is a file and also the directory of 'chart/Chart.yaml'");
    }

    @Test
    void aPathIsAddedOnce() {
        assertThatThrownBy(() -> FileSet.builder().add("a", "x").add("a", "y"))
                .hasMessage("output path 'a' is added twice");
    }

    @Test
    void pathsAreSortedAndBytesAreCopied() {
        byte[] bytes = {1, 2};
        FileSet files = FileSet.builder().add("b", bytes).add("a/z", "z").build();
        bytes[0] = 9;
        assertThat(files.paths()).containsExactly("a/z", "b");
        assertThat(files.bytes("b")).containsExactly(1, 2);
    }

    @Test
    void anUncopiedFileIsCheckedLikeAnyOtherAndHoldsTheCallersArray() {
        byte[] bytes = {1, 2};
        FileSet files = FileSet.builder().addUncopied("b", bytes).add("a", "x").build();
        assertThat(files.bytes("b")).containsExactly(1, 2);
        assertThat(files.view().get("b")).isSameAs(bytes);
        assertThatThrownBy(() -> FileSet.builder().addUncopied("../b", bytes))
                .hasMessage("output path '../b' must not contain '..'");
        assertThatThrownBy(() -> FileSet.builder().add("b", "x").addUncopied("b", bytes))
                .hasMessage("output path 'b' is added twice");
    }
}
