package dev.wwegen.maven;

import dev.wwegen.api.Wwegen;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code wwegen:check}: Writes nothing; fails when a file under the output folder is not what the model and profiles generate. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class CheckMojo extends WwegenMojo {

    @Override
    Wwegen.Mode mode() {
        return Wwegen.Mode.CHECK;
    }
}
