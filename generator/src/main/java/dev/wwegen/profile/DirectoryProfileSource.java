package dev.wwegen.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Profiles read from {@code <dir>/*.yaml}; the folder path is shown the way it was given. */
record DirectoryProfileSource(Path dir) implements ProfileSource {

    @Override
    public List<String> names() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml"))
                    .map(file -> file.substring(0, file.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public Optional<String> read(String name) throws IOException {
        try {
            return Optional.of(Files.readString(dir.resolve(name + ".yaml"), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public String displayPath(String name) {
        return dir.resolve(name + ".yaml").toString().replace('\\', '/');
    }

    @Override
    public String description() {
        return dir.toString().replace('\\', '/') + "/";
    }
}
