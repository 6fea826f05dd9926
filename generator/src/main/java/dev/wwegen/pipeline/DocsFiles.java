package dev.wwegen.pipeline;

import dev.wwegen.docs.DocFormat;
import dev.wwegen.docs.DocsRenderer;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.resolve.Release;

import java.util.List;

import java.util.Set;
import java.util.SortedMap;

/** The architecture page of a profile, under {@code docs/<profile>/} in the output folder. */
public final class DocsFiles {

    private DocsFiles() {
    }

    /** The page's files, relative to its own folder. */
    public static SortedMap<String, byte[]> render(Architecture architecture, Release release, Set<DocFormat> formats) {
        return new DocsRenderer().render(architecture, release, formats);
    }

    /** The page's files, with the objects the release rendered to (not rendered again for the object mapping). */
    public static SortedMap<String, byte[]> render(Release release, List<RenderedObject> objects, Set<DocFormat> formats) {
        return new DocsRenderer().render(release.architecture(), release, objects, formats);
    }

    public static String folder(String profile) {
        return "docs/" + profile + "/";
    }
}
