package dev.wwegen.maven;

import dev.wwegen.api.Wwegen;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code wwegen:validate}: Renders and verifies every profile in memory (model rules, profiles, Kubernetes schema, cross-references, policy); writes nothing. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.TEST, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class ValidateMojo extends WwegenMojo {

    @Override
    Wwegen.Mode mode() {
        return Wwegen.Mode.VALIDATE;
    }
}
