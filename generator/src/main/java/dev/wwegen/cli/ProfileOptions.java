package dev.wwegen.cli;

import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where profiles come from: {@code --profiles DIR}, else {@code ./profiles} when present, else the bundled copy. */
final class ProfileOptions {

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "Folder of profile YAML files (default: ./profiles if it exists, else the bundled profiles).")
    Path folder;

    /** True when the profiles are ./profiles (given or by default), the folder ./fleet.yaml is written for. */
    boolean isDefaultFolder() {
        if (folder == null) {
            return true;
        }
        try {
            Path shipped = Path.of("profiles");
            return Files.isDirectory(folder) && Files.isDirectory(shipped)
                    && Files.isSameFile(folder, shipped);
        } catch (IOException e) {
            return false;
        }
    }

    ProfileLoader loader() {
        return new ProfileLoader(folder != null ? ProfileSource.directory(folder)
                : ProfileSource.preferring(Path.of("profiles")));
    }
}
