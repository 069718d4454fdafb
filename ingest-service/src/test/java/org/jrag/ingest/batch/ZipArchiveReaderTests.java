package org.jrag.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.jrag.ingest.problem.BatchEntryException;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.DocumentTooLargeException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.jrag.ingest.problem.TooManyEntriesException;
import org.jrag.ingest.problem.ZipBombException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ZipArchiveReaderTests {

    private final ZipArchiveReader reader =
            new ZipArchiveReader(new BatchProperties(3, DataSize.ofMegabytes(4), 50), 2 * 1024 * 1024);

    @Test
    void readsFilesAndSkipsDirectoriesResourceForksAndHiddenFiles() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("docs/", new byte[0]);
        entries.put("docs/a.md", utf8("# A"));
        entries.put("__MACOSX/docs/._a.md", utf8("fork"));
        entries.put("docs/.DS_Store", utf8("junk"));
        entries.put("b.txt", utf8("bee"));

        List<ArchiveEntry> read = reader.read(ZipFixtures.zip(entries));

        assertThat(read).extracting(ArchiveEntry::name).containsExactly("docs/a.md", "b.txt");
        assertThat(read.get(1).content()).isEqualTo(utf8("bee"));
    }

    @Test
    void stopsABombByItsCompressionRatio() {
        byte[] bomb = ZipFixtures.bomb(3 * 1024 * 1024);

        assertThatThrownBy(() -> reader.read(bomb))
                .isInstanceOf(ZipBombException.class)
                .hasMessage("zip archive of " + bomb.length
                        + " bytes expands more than 50 times (rag.ingest.batch.max-compression-ratio), at entry"
                        + " 'zeros.txt'");
    }

    @Test
    void stopsAnArchiveThatExpandsPastTheTotalLimit() {
        var lenient = new ZipArchiveReader(new BatchProperties(3, DataSize.ofMegabytes(1), 100_000), 8 << 20);

        assertThatThrownBy(() -> lenient.read(ZipFixtures.bomb(2 * 1024 * 1024)))
                .isInstanceOf(ZipBombException.class)
                .hasMessage("zip archive expands past the limit of 1048576 bytes (rag.ingest.batch.max-total-bytes)");
    }

    @Test
    void refusesTooManyEntriesAnEntryOverTheDocumentLimitAndBrokenOrEmptyArchives() {
        assertThatThrownBy(() -> reader.read(ZipFixtures.manyEntries(4)))
                .isInstanceOf(TooManyEntriesException.class)
                .hasMessage("batch holds more than 3 entries (rag.ingest.batch.max-entries)");
        var small = new ZipArchiveReader(new BatchProperties(3, DataSize.ofMegabytes(4), 50), 10);
        assertThatThrownBy(() -> small.read(ZipFixtures.zip(java.util.Map.of("big.txt", utf8("eleven char")))))
                .isInstanceOf(BatchEntryException.class)
                .hasMessage("batch entry 'big.txt': document exceeds the limit of 10 bytes"
                        + " (rag.ingest.max-document-bytes)")
                .extracting(e -> ((BatchEntryException) e).reason())
                .isInstanceOf(DocumentTooLargeException.class);
        byte[] truncated = java.util.Arrays.copyOf(ZipFixtures.manyEntries(2), 40);
        assertThatThrownBy(() -> reader.read(truncated))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable application/zip: ");
        assertThatThrownBy(() -> reader.read(ZipFixtures.zip(java.util.Map.of("dir/", new byte[0]))))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("zip archive holds no documents");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
