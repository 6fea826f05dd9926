package dev.wwegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Confinement for arbitrary file sets and arbitrary links planted in the output folder (to folders and files
 * outside it, at folder or file positions, before a first run or between two runs): nothing outside the folder
 * changes, ever, and a run either succeeds without meeting a link or fails with findings that each name one.
 */
class ConfinementPropertyTest {

    private static final List<String> PATHS = List.of("a.yaml", "m/a.yaml", "m/b.yaml", "m/d/c.yaml", "n/x.yaml",
            "n/y/z.yaml");

    @Provide
    Arbitrary<List<String>> fileSets() {
        return Arbitraries.of(PATHS).list().ofMinSize(1).ofMaxSize(PATHS.size()).uniqueElements();
    }

    @Provide
    Arbitrary<List<String>> links() {
        return Arbitraries.of("a.yaml", "m", "m/a.yaml", "m/d", "m/d/c.yaml", "n", "n/y", "n/x.yaml")
                .list().ofMaxSize(3).uniqueElements();
    }

    @Property(tries = 60)
    void nothingOutsideTheOutputFolderEverChanges(@ForAll("fileSets") List<String> first,
            @ForAll("fileSets") List<String> second, @ForAll("links") List<String> links,
            @ForAll boolean linkToFolder) throws Exception {
        Path temp = Files.createTempDirectory("wwegen-confinement");
        try {
            Path outside = Files.createDirectories(temp.resolve("outside"));
            for (String path : PATHS) {
                Path file = outside.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "outside " + path + "\n");
            }
            Path root = temp.resolve("out");
            Emitter.write(root, set(first, "1"), Set.of(""));
            List<String> planted = new ArrayList<>();
            for (String link : links) {
                if (planted.stream().noneMatch(p -> link.startsWith(p + "/"))) {
                    plant(root.resolve(link), linkToFolder ? outside.resolve("m") : outside.resolve("a.yaml"));
                    planted.add(link);
                }
            }
            Map<String, String> before = snapshot(outside);

            try {
                Emitter.write(root, set(second, "2"), Set.of(""));
                assertThat(planted).allSatisfy(link -> assertThat(second).noneMatch(p -> p.equals(link)
                        || p.startsWith(link + "/")));
            } catch (EmitException e) {
                assertThat(e.findings()).allSatisfy(f -> assertThat(f.reason())
                        .matches("is a symbolic link; .*|refusing to overwrite .*|cannot .*"));
                assertThat(e.findings()).anySatisfy(f -> assertThat(f.reason()).contains("symbolic link"));
            }
            assertThat(snapshot(outside)).isEqualTo(before);
            Emitter.check(root, set(second, "2"), Set.of(""));
        } catch (EmitException e) {
            assertThat(e.findings()).allSatisfy(f -> assertThat(f.reason()).contains("symbolic link"));
        } finally {
            deleteTree(temp);
        }
    }

    private static FileSet set(List<String> paths, String version) {
        FileSet.Builder files = FileSet.builder();
        paths.forEach(path -> files.add(path, version + " " + path + "\n"));
        return files.build();
    }

    private static void plant(Path at, Path target) throws IOException {
        if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(at);
        } else {
            Files.deleteIfExists(at);
        }
        Files.createDirectories(at.getParent());
        Files.createSymbolicLink(at, target);
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                tree.put(root.relativize(path).toString(), Files.isDirectory(path) ? "dir"
                        : Files.readString(path) + "@" + Files.getLastModifiedTime(path).toMillis());
            }
        }
        return tree;
    }

    private static void deleteTree(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
