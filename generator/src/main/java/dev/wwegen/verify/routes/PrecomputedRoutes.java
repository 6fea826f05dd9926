package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wwegen.verify.GroupVersionKind;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The route kinds made once at build time ({@code process-classes}, see generator/pom.xml) into
 * {@code wwegen/routes/precomputed.bin} on the class path: each kind's finished structural schema (JSON), its
 * field constraints (JSON) and its CEL rules as checked expressions (cel-java's {@code CheckedExpr} protos),
 * so a run neither reflects over fabric8 classes nor compiles CEL; it only makes the programs of the kinds it
 * meets. The file is ours, made from {@code constraints.yaml} in the build; it is not committed.
 *
 * <p>It names the length and CRC-32 of the constraints file it was made from, and its own CRC-32: for any
 * other file (edited constraints, a missing or damaged file) {@link #read} gives nothing and the caller
 * builds from the constraints file.
 */
public final class PrecomputedRoutes {

    static final String RESOURCE = "wwegen/routes/precomputed.bin";
    private static final int MAGIC = 0x77777231; // "wwr1"
    private static final ObjectMapper JSON = new ObjectMapper();

    private PrecomputedRoutes() {
    }

    /** Writes the route kinds of the bundled constraints file to {@code args[0]}; the build runs it. */
    public static void main(String[] args) throws IOException {
        byte[] constraints = RouteSchemas.constraintsFile();
        List<RouteKindSchema> kinds = ConstraintData.parse(constraints).values().stream().map(Supplier::get).toList();
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(constraints, kinds, out);
        }
    }

    static void write(byte[] constraints, Collection<RouteKindSchema> kinds, OutputStream target) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(content);
        out.writeInt(kinds.size());
        for (RouteKindSchema kind : kinds) {
            out.writeUTF(kind.gvk().apiVersion());
            out.writeUTF(kind.gvk().kind());
            byte[] body = body(kind);
            out.writeInt(body.length);
            out.write(body);
        }
        out.flush();
        DataOutputStream file = new DataOutputStream(target);
        file.writeInt(MAGIC);
        file.writeInt(constraints.length);
        file.writeLong(crc(constraints, 0));
        file.writeLong(crc(content.toByteArray(), 0));
        content.writeTo(file);
        file.flush();
    }

    private static byte[] body(RouteKindSchema kind) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(kind.source());
        writeBytes(out, JSON.writeValueAsBytes(kind.schema()));
        out.writeInt(kind.fields().size());
        for (FieldConstraint field : kind.fields()) {
            out.writeUTF(field.path());
            writeBytes(out, JSON.writeValueAsBytes(new TreeMap<>(field.constraint())));
        }
        out.writeInt(kind.rules().size());
        for (CelRule rule : kind.rules()) {
            out.writeUTF(rule.path());
            out.writeUTF(rule.expression());
            out.writeUTF(rule.message());
            writeBytes(out, rule.checked().toByteArray());
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** The kinds made at build time from exactly this constraints file, if there are any. */
    static Optional<Map<GroupVersionKind, Supplier<RouteKindSchema>>> read(byte[] constraints) {
        try (InputStream in = PrecomputedRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(constraints, in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Every kind of the file, in its order, each decoded (and its programs made) when its supplier is called. */
    static Optional<Map<GroupVersionKind, Supplier<RouteKindSchema>>> read(byte[] constraints, byte[] file) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
            if (in.readInt() != MAGIC || in.readInt() != constraints.length || in.readLong() != crc(constraints, 0)
                    || in.readLong() != crc(file, 24)) {
                return Optional.empty();
            }
            Map<GroupVersionKind, Supplier<RouteKindSchema>> kinds = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                GroupVersionKind gvk = GroupVersionKind.of(in.readUTF(), in.readUTF());
                byte[] body = in.readNBytes(in.readInt());
                kinds.put(gvk, () -> decode(gvk, body));
            }
            return in.read() < 0 ? Optional.of(kinds) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static RouteKindSchema decode(GroupVersionKind gvk, byte[] body) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            String source = in.readUTF();
            ObjectNode schema = (ObjectNode) JSON.readTree(readBytes(in));
            List<FieldConstraint> fields = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                fields.add(new FieldConstraint(in.readUTF(), JSON.readValue(readBytes(in), Map.class)));
            }
            List<CelRule> rules = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                rules.add(CelRule.stored(in.readUTF(), in.readUTF(), in.readUTF(), readBytes(in)));
            }
            return new RouteKindSchema(gvk, source, schema, fields, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + gvk + " cannot be read", e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return bytes;
    }

    private static long crc(byte[] bytes, int from) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, bytes.length - from);
        return crc.getValue();
    }
}
