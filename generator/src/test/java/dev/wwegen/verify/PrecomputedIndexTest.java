package dev.wwegen.verify;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PrecomputedIndexTest {

    private static final byte[] DOCUMENT = KubernetesSchema.bundledDocument();

    @Test
    void theBuildMadeTheIndexOfTheBundledDocumentAndItEqualsAScan() throws IOException {
        DefinitionIndex scanned = DefinitionIndex.scan(DOCUMENT);
        DefinitionIndex built = PrecomputedIndex.read(DOCUMENT).orElseThrow(
                () -> new AssertionError(PrecomputedIndex.RESOURCE + " is missing: the build's process-classes step"));
        assertThat(built.spans).isEqualTo(scanned.spans).hasSizeGreaterThan(3000);
        assertThat(built.kinds).isEqualTo(scanned.kinds);
        assertThat(built.removedKinds).isEqualTo(scanned.removedKinds).isNotEmpty();
    }

    @Test
    void anIndexOfAnotherDocumentIsNotUsed() throws IOException {
        var file = new ByteArrayOutputStream();
        PrecomputedIndex.write(DOCUMENT, DefinitionIndex.scan(DOCUMENT), file);
        byte[] other = Arrays.copyOf(DOCUMENT, DOCUMENT.length);
        other[other.length / 2] ^= 1;
        assertThat(PrecomputedIndex.read(DOCUMENT, file.toByteArray())).isPresent();
        assertThat(PrecomputedIndex.read(other, file.toByteArray())).isEmpty();
        assertThat(PrecomputedIndex.read(Arrays.copyOf(DOCUMENT, 100), file.toByteArray())).isEmpty();
        assertThat(PrecomputedIndex.read(DOCUMENT, new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void theBundledSchemaServesKindsThroughEitherIndex() {
        assertThat(KubernetesSchema.bundled().lookup("apps/v1", "Deployment")).isPresent();
        assertThat(KubernetesSchema.bundled().lookup("apps/v1", "NoSuchKind")).isEmpty();
    }
}
