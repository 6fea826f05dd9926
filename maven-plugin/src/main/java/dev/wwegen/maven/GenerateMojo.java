package dev.wwegen.maven;

import dev.wwegen.api.Wwegen;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code wwegen:generate}: Writes the chart, values, manifests and docs of every profile into the output folder. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class GenerateMojo extends WwegenMojo {

    @Override
    Wwegen.Mode mode() {
        return Wwegen.Mode.GENERATE;
    }
}
