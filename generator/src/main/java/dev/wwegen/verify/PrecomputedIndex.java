package dev.wwegen.verify;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The {@link DefinitionIndex} of the bundled OpenAPI, made once at build time ({@code process-classes}, see
 * generator/pom.xml) into {@code wwegen/openapi-index.bin} on the class path, so a run reads a small table
 * instead of scanning the 6.4 MB document. The file is ours (offsets and names), made from the fabric8
 * validator's document in the build; it is not committed.
 *
 * <p>It names the length and CRC-32 of the document it indexes: for any other document (another fabric8
 * version on the class path, a missing or damaged file) {@link #read} gives nothing and the caller scans.
 */
public final class PrecomputedIndex {

    static final String RESOURCE = "wwegen/openapi-index.bin";
    private static final int MAGIC = 0x77776931; // "wwi1"

    private PrecomputedIndex() {
    }

    /** Writes the index of the bundled OpenAPI to {@code args[0]}; the build runs it. */
    public static void main(String[] args) throws IOException {
        byte[] document = KubernetesSchema.bundledDocument();
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, DefinitionIndex.scan(document), out);
        }
    }

    static void write(byte[] document, DefinitionIndex index, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeInt(MAGIC);
        out.writeInt(document.length);
        out.writeLong(crc(document));
        out.writeInt(index.spans.size());
        for (Map.Entry<String, DefinitionIndex.Span> e : index.spans.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().start());
            out.writeInt(e.getValue().end());
        }
        writeKinds(out, index.kinds);
        writeKinds(out, index.removedKinds);
        out.flush();
    }

    /** The index made at build time for exactly this document, if there is one. */
    static Optional<DefinitionIndex> read(byte[] document) {
        try (InputStream in = PrecomputedIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(document, in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<DefinitionIndex> read(byte[] document, byte[] indexFile) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(indexFile));
            if (in.readInt() != MAGIC || in.readInt() != document.length || in.readLong() != crc(document)) {
                return Optional.empty();
            }
            DefinitionIndex index = new DefinitionIndex();
            for (int n = in.readInt(); n > 0; n--) {
                index.spans.put(in.readUTF(), new DefinitionIndex.Span(in.readInt(), in.readInt()));
            }
            readKinds(in, index.kinds);
            readKinds(in, index.removedKinds);
            return Optional.of(index);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void writeKinds(DataOutputStream out, Map<GroupVersionKind, String> kinds) throws IOException {
        out.writeInt(kinds.size());
        for (Map.Entry<GroupVersionKind, String> e : kinds.entrySet()) {
            writeText(out, e.getKey().group());
            writeText(out, e.getKey().version());
            writeText(out, e.getKey().kind());
            out.writeUTF(e.getValue());
        }
    }

    private static void readKinds(DataInputStream in, Map<GroupVersionKind, String> kinds) throws IOException {
        for (int n = in.readInt(); n > 0; n--) {
            kinds.put(new GroupVersionKind(readText(in), readText(in), readText(in)), in.readUTF());
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static long crc(byte[] document) {
        CRC32 crc = new CRC32();
        crc.update(document);
        return crc.getValue();
    }
}
