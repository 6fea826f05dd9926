package dev.wwegen.cli;

import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where profiles come from: {@code --profiles DIR}, else {@code ./profiles} when present, else the bundled copy. */
final class ProfileOptions {

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "Folder of profile YAML files (default: ./profiles if it exists, else the bundled profiles).")
    Path folder;

    ProfileLoader loader() {
        return new ProfileLoader(folder != null ? ProfileSource.directory(folder)
                : ProfileSource.preferring(Path.of("profiles")));
    }
}
