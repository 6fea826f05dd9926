package dev.wwegen.pipeline;

import dev.wwegen.docs.DocFormat;
import dev.wwegen.docs.DocsRenderer;
import dev.wwegen.docs.EarlierFiles;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.resolve.Release;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * The architecture page of a profile, under {@code docs/<profile>/} in the output folder. The diagrams an earlier
 * run wrote there are offered to the docs stage for reuse ({@link OwnedFiles}: owned files only, never through a
 * link); {@link OwnedFiles#none()} lays every diagram out.
 */
public final class DocsFiles {

    private DocsFiles() {
    }

    /** The page's files, relative to its own folder. */
    public static SortedMap<String, byte[]> render(Architecture architecture, Release release, Set<DocFormat> formats) {
        return new DocsRenderer().render(architecture, release, formats);
    }

    /**
     * The page's files, relative to its own folder, reusing the diagrams that {@code output} holds under
     * {@code folder} ({@code ""} when {@code output} is the page's folder itself) where they are still current.
     */
    public static SortedMap<String, byte[]> render(Architecture architecture, Release release, Set<DocFormat> formats,
                                                   OwnedFiles output, String folder) {
        return new DocsRenderer(earlier(output, folder)).render(architecture, release, formats);
    }

    /**
     * The page's files, with the objects the release rendered to (not rendered again for the object mapping),
     * reusing the diagrams that {@code output} (the output folder) holds in the profile's {@link #folder}.
     */
    public static SortedMap<String, byte[]> render(String profile, Release release, List<RenderedObject> objects,
                                                   Set<DocFormat> formats, OwnedFiles output) {
        return new DocsRenderer(earlier(output, folder(profile))).render(release.architecture(), release, objects,
                formats);
    }

    public static String folder(String profile) {
        return "docs/" + profile + "/";
    }

    private static EarlierFiles earlier(OwnedFiles output, String folder) {
        return path -> output.read(folder + path);
    }
}
