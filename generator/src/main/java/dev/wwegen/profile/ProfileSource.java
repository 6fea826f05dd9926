package dev.wwegen.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where profile files come from: a folder ({@code ./profiles}) or the copy bundled in the wwegen jar
 * under {@code wwegen/profiles/}. A profile's name is its file name without {@code .yaml}.
 */
public interface ProfileSource {

    /** The profiles in a folder; positions are shown as {@code <dir as given>/<name>.yaml}. */
    static ProfileSource directory(Path dir) {
        return new DirectoryProfileSource(dir);
    }

    /** The profiles bundled in the jar that holds wwegen. */
    static ProfileSource bundled() {
        return bundled(ProfileSource.class.getClassLoader());
    }

    /** The profiles bundled under {@code wwegen/profiles/} in the class path of {@code loader}. */
    static ProfileSource bundled(ClassLoader loader) {
        return new BundledProfileSource(loader);
    }

    /** The CLI's default: {@code dir} when it is a folder, else the bundled profiles. */
    static ProfileSource preferring(Path dir) {
        return Files.isDirectory(dir) ? directory(dir) : bundled();
    }

    /** The profile names, sorted. */
    List<String> names() throws IOException;

    /** The text of a profile, or empty when there is no profile of that name. */
    Optional<String> read(String name) throws IOException;

    /** How a user sees the file of a profile in messages: {@code profiles/prod.yaml}. */
    String displayPath(String name);

    /** How a user sees the source as a whole: {@code profiles/} or {@code the bundled profiles}. */
    String description();
}
