package dev.wwegen.cli;

import dev.wwegen.diff.Manifest;
import dev.wwegen.diff.ManifestSet;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.pipeline.Generation;
import dev.wwegen.pipeline.Generator;
import dev.wwegen.pipeline.ManifestLayout;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A side of a diff rendered in memory from a folder of profiles: the same objects {@code wwegen generate}
 * would write for the profile, without writing them. The verify stage is skipped: diff reports what changed,
 * {@code generate} and {@code validate} judge it.
 */
final class RenderedProfile {

    private final Path profiles;
    private final Generator generator;

    RenderedProfile(Path profiles, Architecture architecture) {
        this.profiles = profiles;
        this.generator = new Generator(architecture,
                new ProfileLoader(ProfileSource.directory(profiles)), false);
    }

    /** The profile names in the folder; none when there is no folder. */
    List<String> names() {
        if (!Files.isDirectory(profiles)) {
            return List.of();
        }
        try {
            return generator.profiles().names();
        } catch (IOException e) {
            throw new InputException(List.of(Finding.error(profiles.toString(), "", "could not list the profiles: "
                    + e.getMessage(), "")));
        }
    }

    /** The objects of profile {@code name}; the profile's findings when it does not render. */
    ManifestSet render(String name) {
        Generation generation = generator.generate(name);
        if (!generation.inputOk()) {
            throw new InputException(generation.inputFindings());
        }
        return new ManifestSet(generation.objects().stream()
                .map(object -> Manifest.of(object.tree(), ManifestLayout.path(name, object) + " (rendered)"))
                .toList());
    }
}
