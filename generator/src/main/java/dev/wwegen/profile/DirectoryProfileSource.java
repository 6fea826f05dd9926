package dev.wwegen.profile;

import java.io.IOException;
import dev.wwegen.text.InputText;

import java.nio.file.Files;
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
        Path file = dir.resolve(name + ".yaml");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(InputText.fromEnvironment().read(file, displayPath(name)));
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
