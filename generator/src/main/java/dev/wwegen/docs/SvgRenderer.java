package dev.wwegen.docs;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Renders PlantUML source to SVG or PNG in-process, byte for byte the same on every run. PlantUML
 * would otherwise embed its version and the encoded source ({@code <?plantuml …?>} processing
 * instructions, PNG text chunks); metadata is switched off and what remains is stripped. Each SVG starts
 * with a {@link SvgStamp} line, so an unchanged file from an earlier run is used again instead of being laid
 * out again (the same bytes either way).
 *
 * <p>Layout is the costly part and depends only on the source, which is the same for every profile with the
 * same namespaces and route controller, so each source is laid out once per JVM: later calls with the same
 * source get the same bytes back, also from other threads. Callers must not change the arrays returned.
 */
public final class SvgRenderer {

    /** Source → SVG file; a fleet has one source per diagram kind and controller, so a small bound is plenty. */
    private static final Map<String, Layout> LAYOUTS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 64;

    /** The diagram as a stamped SVG file. */
    public byte[] svg(String plantUml) {
        return svg(plantUml, Optional::empty);
    }

    /**
     * The diagram as a stamped SVG file: {@code earlier} (what the file held after an earlier run) when it is the
     * stamped layout of this source and unchanged, else a layout.
     */
    public byte[] svg(String plantUml, Supplier<Optional<byte[]>> earlier) {
        Optional<byte[]> file = earlier.get();
        Layout known = LAYOUTS.get(plantUml);
        byte[] made = known == null ? null : known.made();
        if (made != null && file.isPresent() && Arrays.equals(file.get(), made)) {
            return made; // what this run made of the source already: no hash to check (profiles sharing a source)
        }
        String key = known == null ? SvgStamp.key(plantUml) : known.key;
        Optional<byte[]> reused = file.flatMap(f -> SvgStamp.reusable(f, key));
        if (reused.isPresent()) {
            LAYOUTS.putIfAbsent(plantUml, new Layout(plantUml, key, reused.get()));
            return reused.get();
        }
        return made != null ? made : layout(plantUml, key, Optional::empty).get();
    }

    private static Layout layout(String plantUml, String key, Supplier<Optional<byte[]>> earlier) {
        Layout mine = new Layout(plantUml, key, earlier);
        Layout known = LAYOUTS.putIfAbsent(plantUml, mine);
        if (known != null) {
            return known;
        }
        if (LAYOUTS.size() > MAX_CACHED) {
            LAYOUTS.clear();
        }
        return mine;
    }

    /**
     * One source's SVG, made once by the first caller that needs it (or taken from an earlier run's file that
     * proved current); later callers, also on other threads, wait for it.
     */
    private static final class Layout {

        private final String plantUml;
        private final String key;
        private final Supplier<Optional<byte[]>> earlier;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<byte[]> file = new CompletableFuture<>();

        Layout(String plantUml, String key, Supplier<Optional<byte[]>> earlier) {
            this.plantUml = plantUml;
            this.key = key;
            this.earlier = earlier;
        }

        /** One made already, from a reused file. */
        Layout(String plantUml, String key, byte[] reused) {
            this(plantUml, key, Optional::empty);
            claimed.set(true);
            file.complete(reused);
        }

        void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                Optional<byte[]> reused = earlier.get().flatMap(f -> SvgStamp.reusable(f, key));
                file.complete(reused.isPresent() ? reused.get() : SvgStamp.stamped(key, layOut(plantUml)));
            } catch (RuntimeException | Error e) {
                LAYOUTS.remove(plantUml, this);
                file.completeExceptionally(e);
            }
        }

        /** The SVG if it is made (without error), else null. */
        byte[] made() {
            return file.isDone() && !file.isCompletedExceptionally() ? file.join() : null;
        }

        byte[] get() {
            run();
            try {
                return file.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private static byte[] layOut(String plantUml) {
        String svg = new String(render(plantUml, FileFormat.SVG), StandardCharsets.UTF_8);
        svg = svg.replaceAll("<\\?plantuml[^?]*\\?>", "");
        return (svg.endsWith("\n") ? svg : svg + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The diagram as a PNG image, without PlantUML's metadata chunk. */
    public byte[] png(String plantUml) {
        return render(plantUml, FileFormat.PNG);
    }

    private static byte[] render(String plantUml, FileFormat format) {
        var out = new ByteArrayOutputStream();
        try {
            var description = new SourceStringReader(plantUml).outputImage(out, new FileFormatOption(format, false));
            if (description == null || description.getDescription().contains("Error")) {
                throw new IllegalStateException("PlantUML could not render the diagram: "
                        + (description == null ? "no diagram found" : description.getDescription()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendering a diagram to " + format, e);
        }
        return out.toByteArray();
    }
}
