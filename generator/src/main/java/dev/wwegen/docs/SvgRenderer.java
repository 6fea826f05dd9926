package dev.wwegen.docs;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders PlantUML source to SVG or PNG in-process, byte for byte the same on every run. PlantUML
 * would otherwise embed its version and the encoded source ({@code <?plantuml …?>} processing
 * instructions, PNG text chunks); metadata is switched off and what remains is stripped, so upgrading
 * PlantUML changes the output only where the drawing changes.
 */
public final class SvgRenderer {

    /** The diagram as an SVG document. */
    public byte[] svg(String plantUml) {
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
