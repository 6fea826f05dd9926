package dev.wwegen.pipeline;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.check.ModelCheck;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileResult;
import dev.wwegen.render.ReleaseRenderer;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.resolve.ResolveResult;
import dev.wwegen.resolve.Resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages for one profile: model check, profile load, resolve, render, verify. It returns
 * what to write and every finding; it writes nothing itself (emit does).
 */
public final class Generator {

    private final Architecture architecture;
    private final ProfileLoader profiles;
    private final ManifestVerifier verifier;
    private final boolean verify;
    private final ReleaseRenderer renderer = new ReleaseRenderer();

    public Generator(Architecture architecture, ProfileLoader profiles) {
        this(architecture, profiles, true);
    }

    /**
     * @param verify false skips the verify stage (schema, cross-reference, policy, kubeconform); only
     *               {@code generate --no-verify} does that, and it says so
     */
    public Generator(Architecture architecture, ProfileLoader profiles, boolean verify) {
        this.architecture = architecture;
        this.profiles = profiles;
        this.verify = verify;
        this.verifier = verify ? new ManifestVerifier() : null;
    }

    public Architecture architecture() {
        return architecture;
    }

    /** Whether {@link #generate} runs the verify stage. */
    public boolean verifies() {
        return verify;
    }

    public ProfileLoader profiles() {
        return profiles;
    }

    /** Model findings are the same for every profile, so callers check them once. */
    public List<Finding> checkModel() {
        return ModelCheck.run(architecture);
    }

    /**
     * Input findings (profile, resolve) stop the run; output findings (schema, cross-reference, policy,
     * kubeconform) are reported separately.
     */
    public Generation generate(String profileName) {
        return generate(profiles.load(profileName), ManifestLayout.folder(profileName));
    }

    /**
     * Generates an already loaded profile (a fleet cell: a profile extended with overrides); findings about
     * the rendered objects name files under {@code folder}.
     */
    public Generation generate(ProfileResult loaded, String folder) {
        String profileName = loaded.name();
        List<Finding> input = new ArrayList<>(loaded.findings());
        if (loaded.profile().isEmpty()) {
            return new Generation(profileName, Optional.empty(), List.of(), input, List.of());
        }
        ResolveResult resolved = new Resolver().resolve(architecture, loaded.profile().get());
        input.addAll(resolved.findings());
        if (resolved.release().isEmpty()) {
            return new Generation(profileName, Optional.empty(), List.of(), input, List.of());
        }
        List<RenderedObject> objects = renderer.render(resolved.release().get());
        List<Finding> output = verify
                ? verifier.verify(loaded.profile().get().development(), folder, objects)
                : List.of();
        return new Generation(profileName, resolved.release(), objects, input, output);
    }
}
