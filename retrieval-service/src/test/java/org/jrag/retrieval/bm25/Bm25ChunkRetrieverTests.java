package org.jrag.retrieval.bm25;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.jrag.retrieval.search.ScoredChunk;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Bm25ChunkRetrieverTests {

    private final Bm25Index index = new Bm25Index(new ByteBuffersDirectory(), 0.9f, 0.4f);
    private final Bm25ChunkRetriever retriever = new Bm25ChunkRetriever(index);

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void matchesInflectedFormsThroughStemming() {
        // given
        index.replaceDocument(1, List.of(chunk(10, 1, 1, "Foxes", "The fox runs across the field every morning.")));
        index.replaceDocument(2, List.of(chunk(20, 2, 1, "Baking", "Knead the dough and let it rise.")));
        index.commit(2);

        // when
        List<ScoredChunk> hits = retriever.retrieve(query("running foxes", null));

        // then
        assertThat(hits).extracting(ScoredChunk::chunkId).containsExactly(10L);
        assertThat(hits.getFirst().score()).isPositive();
    }

    @Test
    void ranksTheBestMatchFirstAndSearchesTheTitle() {
        index.replaceDocument(1, List.of(chunk(10, 1, 1, "Astronomy", "Jupiter is the largest planet.")));
        index.replaceDocument(
                2,
                List.of(
                        chunk(20, 2, 1, "Gardening", "Tomatoes need sun."),
                        chunk(21, 2, 1, "Gardening", "Planet-friendly compost helps tomatoes.")));
        index.commit(2);

        assertThat(retriever.retrieve(query("largest planet", null)))
                .extracting(ScoredChunk::chunkId)
                .containsExactly(10L, 21L);
        assertThat(retriever.retrieve(query("astronomy", null)))
                .extracting(ScoredChunk::chunkId)
                .containsExactly(10L);
    }

    @Test
    void filtersByCollection() {
        index.replaceDocument(1, List.of(chunk(10, 1, 1, null, "Sourdough needs a lively starter.")));
        index.replaceDocument(2, List.of(chunk(20, 2, 2, null, "A sourdough starter is flour and water.")));
        index.commit(2);

        assertThat(retriever.retrieve(query("sourdough starter", 2L)))
                .extracting(ScoredChunk::chunkId)
                .containsExactly(20L);
        assertThat(retriever.retrieve(query("sourdough starter", null)))
                .extracting(ScoredChunk::chunkId)
                .containsExactlyInAnyOrder(10L, 20L);
    }

    @Test
    void filtersByAnyOfTheTagsAndAnInclusiveDateRange() {
        // given three chunks on the same words with different tags and dates
        index.replaceDocument(
                1,
                List.of(new IndexedChunk(
                        10, 1, 1, null, "Vaccines train the immune system.", List.of("medicine"), day("2020-05-01"))));
        index.replaceDocument(
                2,
                List.of(new IndexedChunk(
                        20,
                        2,
                        1,
                        null,
                        "The immune system fights infection.",
                        List.of("biology", "medicine"),
                        day("2022-01-15"))));
        index.replaceDocument(
                3,
                List.of(new IndexedChunk(30, 3, 1, null, "Immune cells patrol the blood.", List.of("biology"), null)));
        index.commit(3);

        // then tags match any of the given ones
        assertThat(ids(filtered(Set.of("medicine"), null, null))).containsExactlyInAnyOrder(10L, 20L);
        assertThat(ids(filtered(Set.of("biology", "physics"), null, null))).containsExactlyInAnyOrder(20L, 30L);
        // dates are inclusive bounds; a chunk without a date never matches a range
        assertThat(ids(filtered(Set.of(), day("2020-05-01"), null))).containsExactlyInAnyOrder(10L, 20L);
        assertThat(ids(filtered(Set.of(), day("2020-05-02"), null))).containsExactly(20L);
        assertThat(ids(filtered(Set.of(), null, day("2020-05-01")))).containsExactly(10L);
        assertThat(ids(filtered(Set.of("biology"), day("2021-01-01"), day("2022-12-31"))))
                .containsExactly(20L);
        assertThat(ids(filtered(Set.of("physics"), null, null))).isEmpty();
    }

    private List<Long> ids(List<ScoredChunk> hits) {
        return hits.stream().map(ScoredChunk::chunkId).toList();
    }

    private List<ScoredChunk> filtered(Set<String> tags, LocalDate after, LocalDate before) {
        return retriever.retrieve(
                new SearchQuery("immune system", null, null, 10, new SearchFilters(tags, after, before)));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void deletesEveryChunkOfADocument() {
        // given
        index.replaceDocument(
                1,
                List.of(
                        chunk(10, 1, 1, null, "Lucene scores with BM25."),
                        chunk(11, 1, 1, null, "BM25 saturates term frequency.")));
        index.replaceDocument(2, List.of(chunk(20, 2, 1, null, "BM25 is a ranking function.")));
        index.commit(1);

        // when
        index.deleteDocument(1);
        index.commit(2);

        // then
        assertThat(retriever.retrieve(query("bm25", null)))
                .extracting(ScoredChunk::chunkId)
                .containsExactly(20L);
        assertThat(index.status()).isEqualTo(new IndexStatus(2, 1, 1));
    }

    @Test
    void treatsQuerySyntaxAsPlainText() {
        index.replaceDocument(1, List.of(chunk(10, 1, 1, null, "Cats and dogs (mostly) get along.")));
        index.commit(1);

        assertThat(retriever.retrieve(query("cats AND \"dogs (mostly\" OR title:x*~ ?", null)))
                .extracting(ScoredChunk::chunkId)
                .containsExactly(10L);
        assertThat(retriever.retrieve(query("the and of", null))).isEmpty();
    }

    @Test
    void resumesFromTheLastCommittedSeqAfterReopening(@TempDir Path dir) throws IOException {
        // given
        try (var onDisk = Bm25Index.open(dir, 0.9f, 0.4f)) {
            assertThat(onDisk.lastSeq()).isZero();
            onDisk.replaceDocument(1, List.of(chunk(10, 1, 1, "T", "persisted text")));
            onDisk.commit(42);
        }

        // when
        try (var reopened = Bm25Index.open(dir, 0.9f, 0.4f)) {
            // then
            assertThat(reopened.lastSeq()).isEqualTo(42);
            assertThat(new Bm25ChunkRetriever(reopened).retrieve(query("persisted", null)))
                    .extracting(ScoredChunk::chunkId)
                    .containsExactly(10L);
        }
    }

    @Test
    void replaysFromTheStartAnIndexWrittenWithoutTheFilterFields(@TempDir Path dir) throws IOException {
        // given an index committed at seq 42 by the previous version (no "fields" in its commit data)
        try (var directory = FSDirectory.open(dir);
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(new Document());
            writer.setLiveCommitData(Map.of("lastSeq", "42").entrySet());
            writer.commit();
        }

        // when
        try (var reopened = Bm25Index.open(dir, 0.9f, 0.4f)) {
            // then it starts over, so the change-log tailer re-indexes every chunk with tags and dates
            assertThat(reopened.lastSeq()).isZero();
            assertThat(reopened.status().chunks()).isZero();
        }
    }

    private static IndexedChunk chunk(long chunkId, long documentId, long collectionId, String title, String text) {
        return new IndexedChunk(chunkId, documentId, collectionId, title, text);
    }

    private static SearchQuery query(String text, Long collectionId) {
        return new SearchQuery(text, null, collectionId, 10);
    }
}
