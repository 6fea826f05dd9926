package dev.wwegen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled profiles are listed from a jar as well as from {@code target/classes}. */
class BundledProfileSourceTest {

    @Test
    void listsTheProfilesInAJarWithoutDirectoryEntries(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("wwegen.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "wwegen/defaults.yaml", "replicas: 2\n");
            put(out, "wwegen/profiles/prod.yaml", "replicas: 3\n");
            put(out, "wwegen/profiles/dev.yaml", "replicas: 1\n");
            put(out, "wwegen/profiles/notes.txt", "not a profile\n");
            put(out, "wwegen/profiles/old/legacy.yaml", "replicas: 9\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ProfileSource source = ProfileSource.bundled(loader);

            assertThat(source.names()).containsExactly("dev", "prod");
            assertThat(source.read("prod")).contains("replicas: 3\n");
            assertThat(source.read("staging")).isEmpty();
            assertThat(source.displayPath("prod")).isEqualTo("bundled:profiles/prod.yaml");
        }
    }

    @Test
    void aClassPathWithoutWwegenHasNoBundledProfiles() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(ProfileSource.bundled(empty).names()).isEmpty();
        }
    }

    @Test
    void theCliDefaultPrefersAnExistingFolder() {
        assertThat(ProfileSource.preferring(Path.of("../profiles"))).isInstanceOf(DirectoryProfileSource.class);
        assertThat(ProfileSource.preferring(Path.of("no-such-folder"))).isInstanceOf(BundledProfileSource.class);
    }

    private static void put(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
