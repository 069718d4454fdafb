package org.jrag.ingest.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrag.ingest.problem.BatchEntryException;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.DocumentTooLargeException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.jrag.ingest.problem.TooManyEntriesException;
import org.jrag.ingest.problem.ZipBombException;

/**
 * Expands a zip archive of documents with every bound checked while the bytes come out, never trusting the sizes
 * the archive declares: at most {@code maxEntries} files, each at most {@code maxDocumentBytes}, all together at most
 * {@code maxTotalBytes} and at most {@code maxCompressionRatio} times the archive (judged once it has expanded past
 * 1 MiB or {@code maxDocumentBytes}, whichever is smaller). A bomb is thus stopped after
 * expanding a bounded amount, not after filling the heap. Directories, macOS resource forks and hidden files are
 * skipped (their bytes still count).
 */
final class ZipArchiveReader {

    /** Below this much expansion the ratio is not judged: a few small files may compress well by chance. */
    private static final long RATIO_FLOOR_BYTES = 1 << 20;

    private final int maxEntries;
    private final long maxTotalBytes;
    private final int maxCompressionRatio;
    private final long maxDocumentBytes;
    private final long ratioFloor;

    ZipArchiveReader(BatchProperties batch, long maxDocumentBytes) {
        this.maxEntries = batch.maxEntries();
        this.maxTotalBytes = batch.maxTotalBytes().toBytes();
        this.maxCompressionRatio = batch.maxCompressionRatio();
        this.maxDocumentBytes = maxDocumentBytes;
        this.ratioFloor = Math.min(RATIO_FLOOR_BYTES, maxDocumentBytes);
    }

    List<ArchiveEntry> read(byte[] archive) {
        var entries = new ArrayList<ArchiveEntry>();
        long total = 0;
        int files = 0;
        boolean sawEntry = false;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                sawEntry = true;
                boolean skipped = entry.isDirectory() || skipped(entry.getName());
                if (!skipped && ++files > maxEntries) {
                    throw new TooManyEntriesException(maxEntries);
                }
                var content = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > maxTotalBytes) {
                        throw new ZipBombException("zip archive expands past the limit of " + maxTotalBytes
                                + " bytes (rag.ingest.batch.max-total-bytes)");
                    }
                    if (total > ratioFloor && total > (long) maxCompressionRatio * archive.length) {
                        throw new ZipBombException("zip archive of " + archive.length + " bytes expands more than "
                                + maxCompressionRatio + " times (rag.ingest.batch.max-compression-ratio), at entry '"
                                + entry.getName() + "'");
                    }
                    if (!skipped) {
                        if (content.size() + n > maxDocumentBytes) {
                            throw new BatchEntryException(
                                    "'" + entry.getName() + "'", new DocumentTooLargeException(maxDocumentBytes));
                        }
                        content.write(buffer, 0, n);
                    }
                }
                if (!skipped) {
                    entries.add(new ArchiveEntry(entry.getName(), content.toByteArray()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptDocumentException("application/zip", e.getMessage());
        }
        if (!sawEntry && !isEmptyArchive(archive)) {
            throw new CorruptDocumentException("application/zip", "no zip entry found where the archive should start");
        }
        if (entries.isEmpty()) {
            throw new EmptyDocumentException("zip archive holds no documents");
        }
        return entries;
    }

    /** An archive of no entries is just its end-of-central-directory record. */
    private static boolean isEmptyArchive(byte[] archive) {
        return archive.length >= 4 && archive[0] == 'P' && archive[1] == 'K' && archive[2] == 5 && archive[3] == 6;
    }

    private static boolean skipped(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty();
    }
}
