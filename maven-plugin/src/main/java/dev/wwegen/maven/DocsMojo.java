package dev.wwegen.maven;

import dev.wwegen.api.Wwegen;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code wwegen:docs}: Writes the architecture pages (connections table, diagrams, traceability) of every profile under docs/. */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PROCESS_CLASSES, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class DocsMojo extends WwegenMojo {

    @Override
    Wwegen.Mode mode() {
        return Wwegen.Mode.DOCS;
    }
}
