package dev.wwegen.docs;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders PlantUML source to SVG or PNG in-process, byte for byte the same on every run. PlantUML
 * would otherwise embed its version and the encoded source ({@code <?plantuml …?>} processing
 * instructions, PNG text chunks); metadata is switched off and what remains is stripped, so upgrading
 * PlantUML changes the output only where the drawing changes.
 *
 * <p>Layout is the costly part and depends only on the source, which is the same for every profile of a
 * model (the diagrams show the model, not one profile's values), so each source is laid out once per JVM:
 * later calls with the same source get the same bytes back, also from other threads. Callers must not
 * change the arrays returned.
 */
public final class SvgRenderer {

    /** Source → SVG; a fleet has one source per diagram kind, so a small bound is plenty. */
    private static final Map<String, CompletableFuture<byte[]>> SVGS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 64;

    /** The diagram as an SVG document. */
    public byte[] svg(String plantUml) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> known = SVGS.putIfAbsent(plantUml, mine);
        if (known != null) {
            try {
                return known.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            mine.complete(layOut(plantUml));
        } catch (RuntimeException | Error e) {
            SVGS.remove(plantUml, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        if (SVGS.size() > MAX_CACHED) {
            SVGS.clear();
        }
        return mine.join();
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
