package dev.wwegen.docs;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.resolve.Release;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The docs stage: model (and optionally one profile's release) → the architecture page's files, as
 * relative path → bytes, sorted by path. Pure: it never writes; {@code emit} does. Each format is one
 * writer; this class only decides which writers run and the file names.
 *
 * <p>Files: {@code architecture.md}, {@code architecture.html}, {@code connections.json},
 * {@code connections.csv}, and for each diagram ({@code data-flows}, {@code connections}) {@code .svg},
 * {@code .png}, {@code .mmd}, {@code .puml}, {@code .dot} as the formats ask.
 *
 * <p>Laying out the diagrams is the costly part: each source is laid out once per run, and an SVG that an earlier
 * run wrote from the same source is used again ({@link EarlierFiles}, {@link SvgStamp}).
 */
public final class DocsRenderer {

    private final PlantUmlWriter plantUml = new PlantUmlWriter();
    private final SvgRenderer images = new SvgRenderer();
    private final EarlierFiles earlier;

    /** A renderer that lays out every diagram. */
    public DocsRenderer() {
        this(EarlierFiles.NONE);
    }

    /** A renderer that uses again the SVGs in {@code earlier} that are still current. */
    public DocsRenderer(EarlierFiles earlier) {
        this.earlier = earlier;
    }

    /**
     * @param architecture the model
     * @param release      one profile's resolved values (resolved from this architecture), or null for the
     *                     model-only page (no object mapping)
     * @param formats      what to produce; see {@link DocFormat#defaults()}
     */
    public SortedMap<String, byte[]> render(Architecture model, Release release, Set<DocFormat> formats) {
        return render(model, release, null, formats);
    }

    /**
     * @param objects what the release rendered to, when the caller has them (generate does), so they are not
     *                rendered again for the page's object mapping; null to render them here
     */
    public SortedMap<String, byte[]> render(Architecture model, Release release, List<RenderedObject> objects,
                                            Set<DocFormat> formats) {
        Architecture architecture = model;
        if (release != null) {
            // The release carries the model with the profile's controller (route kind and identity) in place.
            Architecture routed = release.architecture().gateway().filter(g -> g.complete())
                    .filter(g -> model.gateway().filter(m -> m.complete()).isPresent())
                    .map(g -> model.withController(g.controller())).orElse(model);
            if (!release.architecture().equals(routed)) {
                throw new IllegalArgumentException("release '" + release.name() + "' (profile '" + release.profile()
                        + "') was resolved from another model than architecture '" + model.name() + "'");
            }
            architecture = release.architecture();
        }
        Topology topology = Topology.of(architecture, release);
        KubernetesMapping mapping = release == null ? null
                : objects == null ? new KubernetesMapping(release) : new KubernetesMapping(release, objects);
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<DiagramKind, byte[]> svgs = new EnumMap<>(DiagramKind.class);
        for (DiagramKind kind : DiagramKind.values()) {
            String base = kind.fileBase();
            String source = plantUml.write(topology, kind);
            if (formats.contains(DocFormat.PLANTUML)) {
                files.put(base + ".puml", utf8(source));
            }
            if (formats.contains(DocFormat.SVG) || formats.contains(DocFormat.HTML)) {
                byte[] svg = images.svg(source, () -> earlier.read(svgFile(kind)));
                if (formats.contains(DocFormat.SVG)) {
                    files.put(svgFile(kind), svg);
                }
                svgs.put(kind, SvgStamp.body(svg));
            }
            if (formats.contains(DocFormat.PNG)) {
                files.put(base + ".png", images.png(source));
            }
            if (formats.contains(DocFormat.MERMAID)) {
                files.put(base + ".mmd", utf8(new MermaidWriter().write(topology, kind)));
            }
            if (formats.contains(DocFormat.DOT)) {
                files.put(base + ".dot", utf8(new DotWriter().write(topology, kind)));
            }
        }
        if (formats.contains(DocFormat.MARKDOWN)) {
            files.put("architecture.md", utf8(new MarkdownPageWriter().write(architecture, release, mapping)));
        }
        if (formats.contains(DocFormat.HTML)) {
            files.put("architecture.html", new HtmlPageWriter().write(architecture, release, svgs, mapping));
        }
        if (formats.contains(DocFormat.JSON)) {
            files.put("connections.json", utf8(new ConnectionsJsonWriter().write(architecture, release)));
        }
        if (formats.contains(DocFormat.CSV)) {
            files.put("connections.csv", utf8(new ConnectionsCsvWriter().write(architecture)));
        }
        return files;
    }

    private static String svgFile(DiagramKind kind) {
        return kind.fileBase() + ".svg";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
