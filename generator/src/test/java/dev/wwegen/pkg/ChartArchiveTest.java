package dev.wwegen.pkg;

import dev.wwegen.dsl.reference.WweReference;
import dev.wwegen.profile.ProfileLoader;
import dev.wwegen.profile.ProfileSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartArchiveTest {

    private static ChartPackage shipped() throws Exception {
        return ChartPackage.of(WweReference.architecture(), new ProfileLoader(ProfileSource.bundled()));
    }

    @Test
    void twoRunsGiveTheSameBytesAndTheChecksumFileNamesThem() throws Exception {
        ChartPackage first = shipped();
        ChartPackage second = shipped();
        byte[] a = first.files().bytes(first.fileName());
        assertThat(a).isEqualTo(second.files().bytes(second.fileName()));
        String sum = new String(first.files().bytes(first.fileName() + ".sha256"), StandardCharsets.UTF_8);
        assertThat(sum).matches("[0-9a-f]{64}  wwe-100\\.0\\.1\\+0113\\.tgz\n");
        assertThat(sum).startsWith(Sha256.hex(a));
    }

    @Test
    void theGzipHeaderHasNoTimeNoNameAndOsUnknown() {
        byte[] tgz = ChartArchive.of("c", Map.of("Chart.yaml", "name: c\n".getBytes(StandardCharsets.UTF_8)));
        // magic, deflate, flags 0 (no name/comment/extra), mtime 0, xfl 2 (best compression), OS 255
        assertThat(Arrays.copyOf(tgz, 10)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff);
    }

    @Test
    void entriesAreSortedUnderTheChartFolderWithFixedOwnerModeAndTime() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("templates/z.yaml", new byte[] {1});
        files.put("Chart.yaml", new byte[] {2});
        files.put("templates/" + "a".repeat(120) + ".yaml", new byte[] {3});
        files.put(".helmignore", new byte[] {4});
        List<String> names = new ArrayList<>();
        try (var tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new ByteArrayInputStream(ChartArchive.of("wwe", files))))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getMode() & 07777).as(e.getName()).isEqualTo(0644);
                assertThat(e.getLongUserId()).isZero();
                assertThat(e.getLongGroupId()).isZero();
                assertThat(e.getUserName()).isEmpty();
                assertThat(e.getGroupName()).isEmpty();
                assertThat(e.getModTime().getTime()).isEqualTo(ChartArchive.MTIME_SECONDS * 1000);
                assertThat(e.isFile()).isTrue();
            }
        }
        assertThat(names).containsExactly("wwe/.helmignore", "wwe/Chart.yaml", "wwe/templates/" + "a".repeat(120)
                + ".yaml", "wwe/templates/z.yaml");
    }

    @Test
    void theArchiveHoldsExactlyTheChartFolder() throws Exception {
        ChartPackage chart = shipped();
        List<String> names = new ArrayList<>();
        try (var tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new ByteArrayInputStream(chart.files().bytes(chart.fileName()))))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("wwe/Chart.yaml", "wwe/values.yaml", "wwe/values.schema.json",
                "wwe/templates/deployment.yaml", "wwe/.helmignore").allMatch(n -> n.startsWith("wwe/"));
        assertThat(names).isSorted();
    }
}
