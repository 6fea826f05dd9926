package dev.wwegen.profile;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The profiles the build copies into the jar under {@code wwegen/profiles/}. Class loaders cannot list
 * a folder, so the names are read from the class-path root that holds {@code wwegen/defaults.yaml}
 * (always bundled next to the profiles): a directory when running from {@code target/classes}, the
 * jar's entries when running from the (shaded) jar. Nothing lists the names by hand, so a new file in
 * {@code profiles/} is bundled and listed without further edits.
 */
record BundledProfileSource(ClassLoader loader) implements ProfileSource {

    static final String FOLDER = "wwegen/profiles/";
    static final String ANCHOR = "wwegen/defaults.yaml";

    @Override
    public List<String> names() throws IOException {
        URL anchor = loader.getResource(ANCHOR);
        if (anchor == null) {
            return List.of();
        }
        if ("file".equals(anchor.getProtocol())) {
            try {
                Path folder = Path.of(anchor.toURI()).getParent().resolve("profiles");
                return new DirectoryProfileSource(folder).names();
            } catch (URISyntaxException e) {
                throw new IOException("cannot locate the bundled profiles at " + anchor, e);
            }
        }
        URLConnection connection = anchor.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException("cannot list the bundled profiles in " + anchor);
        }
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
            return Collections.list(file.entries()).stream()
                    .map(entry -> entry.getName())
                    .filter(entry -> entry.startsWith(FOLDER) && entry.endsWith(".yaml")
                            && entry.indexOf('/', FOLDER.length()) < 0)
                    .map(entry -> entry.substring(FOLDER.length(), entry.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public Optional<String> read(String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(FOLDER + name + ".yaml")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public String displayPath(String name) {
        return "bundled:profiles/" + name + ".yaml";
    }

    @Override
    public String description() {
        return "the bundled profiles";
    }
}
