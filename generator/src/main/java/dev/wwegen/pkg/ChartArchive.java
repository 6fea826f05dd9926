package dev.wwegen.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * A Helm chart as a {@code .tgz} whose bytes depend only on the chart's files: what {@code helm package} makes,
 * minus everything that varies between runs and machines.
 *
 * <ul>
 *   <li>entries are the chart's files under {@code <name>/}, sorted by path (byte order of the UTF-8 path);
 *       no folder entries (Helm's own archives have none, and its loader does not need them);</li>
 *   <li>every entry has mode 0644, uid and gid 0, empty user and group names and the same modification time,
 *       {@link #MTIME_SECONDS};</li>
 *   <li>long paths use PAX headers (Go's archive/tar, which Helm uses, reads them);</li>
 *   <li>the gzip header has modification time 0, no file name, no comment, OS 255 ("unknown"), compression
 *       level 9, so neither the clock nor the operating system shows in it.</li>
 * </ul>
 *
 * The deflate stream itself comes from the JDK's zlib at level 9; two JDKs with the same zlib give the same
 * bytes (Temurin bundles its own zlib), which is what {@code ChartArchiveTest} checks in this build.
 */
public final class ChartArchive {

    /** 2000-01-01T00:00:00Z: fixed, after 1980 so no tool treats the entries as undated. */
    public static final long MTIME_SECONDS = 946_684_800L;

    private ChartArchive() {
    }

    /**
     * @param chartName the chart's name: the archive's top folder
     * @param files     chart-relative path ({@code Chart.yaml}, {@code templates/deployment.yaml}) to bytes
     */
    public static byte[] of(String chartName, Map<String, byte[]> files) {
        SortedMap<String, byte[]> sorted = new TreeMap<>(files);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GzipParameters gzip = new GzipParameters();
        gzip.setCompressionLevel(Deflater.BEST_COMPRESSION);
        gzip.setModificationTime(0);
        gzip.setOperatingSystem(255);
        try (GzipCompressorOutputStream zipped = new GzipCompressorOutputStream(bytes, gzip);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(zipped, "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(chartName + "/" + file.getKey(), true);
                entry.setSize(file.getValue().length);
                entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE);
                entry.setIds(0, 0);
                entry.setNames("", "");
                entry.setModTime(MTIME_SECONDS * 1000);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the chart archive to memory failed", e);
        }
        return bytes.toByteArray();
    }
}
