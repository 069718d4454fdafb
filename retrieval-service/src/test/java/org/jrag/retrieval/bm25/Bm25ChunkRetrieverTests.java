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
                        10,
                        1,
                        1,
                        null,
                        "Vaccines train the immune system.",
                        List.of("medicine"),
                        day("2020-05-01"),
                        "handbook/health/vaccines.md",
                        List.of(),
                        null)));
        index.replaceDocument(
                2,
                List.of(new IndexedChunk(
                        20,
                        2,
                        1,
                        null,
                        "The immune system fights infection.",
                        List.of("biology", "medicine"),
                        day("2022-01-15"),
                        "handbook/biology.md",
                        List.of(),
                        null)));
        index.replaceDocument(
                3,
                List.of(new IndexedChunk(
                        30,
                        3,
                        1,
                        null,
                        "Immune cells patrol the blood.",
                        List.of("biology"),
                        null,
                        null,
                        List.of(),
                        null)));
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
        // a source prefix: a synced folder, or part of one; a chunk without a source never matches
        assertThat(ids(bySource("handbook/"))).containsExactlyInAnyOrder(10L, 20L);
        assertThat(ids(bySource("handbook/health/"))).containsExactly(10L);
        assertThat(ids(bySource("wiki/"))).isEmpty();
    }

    @Test
    void findsOnlyWhatThePrincipalsMayRead() {
        // given a chunk everyone may read, one for hr and one for one user
        index.replaceDocument(1, List.of(chunk(10, 1, 1, null, "The holiday policy grants 25 days.")));
        index.replaceDocument(
                2,
                List.of(new IndexedChunk(
                        20,
                        2,
                        1,
                        null,
                        "The salary policy is confidential.",
                        List.of(),
                        null,
                        null,
                        List.of("hr"),
                        null)));
        index.replaceDocument(
                3,
                List.of(new IndexedChunk(
                        30,
                        3,
                        1,
                        null,
                        "A policy note for Alice alone.",
                        List.of(),
                        null,
                        null,
                        List.of("user:alice", "finance"),
                        null)));
        index.commit(3);

        // then a search without principals reads everything, and one with them what they may read
        assertThat(ids(readAs(null))).containsExactlyInAnyOrder(10L, 20L, 30L);
        assertThat(ids(readAs(Set.of()))).containsExactly(10L);
        assertThat(ids(readAs(Set.of("hr")))).containsExactlyInAnyOrder(10L, 20L);
        assertThat(ids(readAs(Set.of("user:alice", "staff")))).containsExactlyInAnyOrder(10L, 30L);
        assertThat(ids(readAs(Set.of("user:bob", "finance", "hr")))).containsExactlyInAnyOrder(10L, 20L, 30L);
    }

    @Test
    void searchesEachCollectionInItsOwnLanguage() {
        // given a German collection's chunk and one of a collection in the default (English) analysis
        index.replaceDocument(
                1,
                List.of(new IndexedChunk(
                        10,
                        1,
                        1,
                        null,
                        "Die Katzen schlafen in den Häusern.",
                        List.of(),
                        null,
                        null,
                        List.of(),
                        "german")));
        index.replaceDocument(2, List.of(chunk(20, 2, 2, null, "The cats are sleeping in the houses.")));
        index.commit(2);

        // then a query matches each chunk as its language stems it: Katze / Katzen and Haus / Häusern in German,
        // cat / cats and house / houses in English
        assertThat(ids(retriever.retrieve(query("Katze Haus", null)))).containsExactly(10L);
        assertThat(ids(retriever.retrieve(query("cat house", null)))).containsExactly(20L);
        assertThat(ids(retriever.retrieve(query("schlafen sleeping", null)))).containsExactlyInAnyOrder(10L, 20L);
        assertThat(ids(retriever.retrieve(query("Katze", 2L)))).isEmpty();
    }

    @Test
    void findsChineseWordsInsideRunsOfCharactersByTheirPairs() {
        // given a chunk of a CJK collection: Chinese has no spaces between words
        index.replaceDocument(
                1,
                List.of(new IndexedChunk(
                        10, 1, 1, null, "家猫是一种小型食肉动物，与人类共同生活了数千年。", List.of(), null, null, List.of(), "cjk")));
        index.replaceDocument(2, List.of(chunk(20, 2, 2, null, "Cats are small carnivores.")));
        index.commit(2);

        // then a word of two characters finds it (its pair is in the text), while the same characters in another
        // order do not (single characters, as the default analysis makes them, would match)
        assertThat(ids(retriever.retrieve(query("食肉", null)))).containsExactly(10L);
        assertThat(ids(retriever.retrieve(query("人类", null)))).containsExactly(10L);
        assertThat(ids(retriever.retrieve(query("肉食", null)))).isEmpty();
        assertThat(ids(retriever.retrieve(query("carnivores", null)))).containsExactly(20L);
    }

    @Test
    void findsThaiWordsInTextWrittenWithoutSpacesBetweenThem() {
        // given a chunk of a Thai collection: Thai writes no spaces between words
        index.replaceDocument(
                1,
                List.of(new IndexedChunk(
                        10, 1, 1, null, "แมวบ้านเป็นสัตว์กินเนื้อขนาดเล็ก", List.of(), null, null, List.of(), "thai")));
        index.commit(1);

        // then a word inside the run finds it (the JDK's Thai word breaks split it), as does the run's first word
        assertThat(ids(retriever.retrieve(query("สัตว์", null)))).containsExactly(10L);
        assertThat(ids(retriever.retrieve(query("แมว", null)))).containsExactly(10L);
        assertThat(ids(retriever.retrieve(query("ช้าง", null)))).isEmpty();
    }

    @Test
    void findsLaoKhmerAndBurmeseWordsByIcusDictionaries() {
        // given chunks of collections in three languages written without spaces between words
        index.replaceDocument(
                1,
                List.of(
                        new IndexedChunk(
                                10,
                                1,
                                1,
                                null,
                                "ແມວບ້ານເປັນສັດກິນຊີ້ນຂະໜາດນ້ອຍ",
                                List.of(),
                                null,
                                null,
                                List.of(),
                                "lao"),
                        new IndexedChunk(
                                11,
                                1,
                                1,
                                null,
                                "ឆ្មាស្រុកគឺជាសត្វស៊ីសាច់តូចមួយ",
                                List.of(),
                                null,
                                null,
                                List.of(),
                                "khmer"),
                        new IndexedChunk(
                                12,
                                1,
                                1,
                                null,
                                "အိမ်ကြောင်သည် အသားစား တိရစ္ဆာန်ငယ်တစ်မျိုး ဖြစ်သည်။",
                                List.of(),
                                null,
                                null,
                                List.of(),
                                "burmese")));
        index.commit(1);

        // then a word from inside each run finds its chunk ("animal", "animal", "cat"), and one not there nothing
        assertThat(ids(retriever.retrieve(query("ສັດ", null)))).containsExactly(10L);
        assertThat(ids(retriever.retrieve(query("ຂະໜາດ", null)))).containsExactly(10L);
        assertThat(ids(retriever.retrieve(query("សត្វ", null)))).containsExactly(11L);
        assertThat(ids(retriever.retrieve(query("ကြောင်", null)))).containsExactly(12L);
        assertThat(ids(retriever.retrieve(query("ຊ້າງ", null)))).isEmpty();
    }

    private List<ScoredChunk> readAs(Set<String> principals) {
        return retriever.retrieve(
                new SearchQuery("policy", null, null, 10, SearchFilters.NONE, null, false, principals));
    }

    private List<ScoredChunk> bySource(String prefix) {
        return retriever.retrieve(
                new SearchQuery("immune system", null, null, 10, new SearchFilters(Set.of(), null, null, prefix)));
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
    void flatLayoutIndexesTheTitleOnceWithEveryChunk() {
        assertThat(Bm25Index.flatContents("Sourdough", "Feed the starter.")).isEqualTo("Sourdough\nFeed the starter.");
        // the first chunk of a body that starts with its title already holds it
        assertThat(Bm25Index.flatContents("Sourdough", "Sourdough\n\nFeed the starter."))
                .isEqualTo("Sourdough\n\nFeed the starter.");
        assertThat(Bm25Index.flatContents(null, "Feed the starter.")).isEqualTo("Feed the starter.");
    }

    @Test
    void flatAndMultifieldLayoutsScoreTitleMatchesDifferently() throws IOException {
        // given the same chunks in both layouts
        List<IndexedChunk> titled = List.of(chunk(10, 1, 1, "Jupiter", "The largest planet has a storm."));
        List<IndexedChunk> plain = List.of(chunk(20, 2, 1, null, "Jupiter has a storm; Jupiter spins fast."));
        try (var multifield =
                new Bm25Index(new ByteBuffersDirectory(), 0.9f, 0.4f, Bm25Analyzer.ENGLISH, Bm25Fields.MULTIFIELD)) {
            index.replaceDocument(1, titled);
            index.replaceDocument(2, plain);
            index.commit(2);
            multifield.replaceDocument(1, titled);
            multifield.replaceDocument(2, plain);
            multifield.commit(2);

            // when
            List<ScoredChunk> flatHits = retriever.retrieve(query("jupiter storm", null));
            List<ScoredChunk> multiHits = new Bm25ChunkRetriever(multifield).retrieve(query("jupiter storm", null));

            // then both find the title-only match, scored by different field statistics
            assertThat(flatHits).extracting(ScoredChunk::chunkId).containsExactlyInAnyOrder(10L, 20L);
            assertThat(multiHits).extracting(ScoredChunk::chunkId).containsExactlyInAnyOrder(10L, 20L);
            assertThat(scoreOf(multiHits, 10)).isPositive().isNotEqualTo(scoreOf(flatHits, 10));
        }
    }

    @Test
    void standardAnalyzerDoesNotStem() throws IOException {
        try (var standard =
                new Bm25Index(new ByteBuffersDirectory(), 0.9f, 0.4f, Bm25Analyzer.STANDARD, Bm25Fields.FLAT)) {
            standard.replaceDocument(1, List.of(chunk(10, 1, 1, null, "The fox runs across the field.")));
            standard.commit(1);

            var standardRetriever = new Bm25ChunkRetriever(standard);
            assertThat(standardRetriever.retrieve(query("running", null))).isEmpty();
            assertThat(standardRetriever.retrieve(query("runs", null)))
                    .extracting(ScoredChunk::chunkId)
                    .containsExactly(10L);
        }
    }

    @Test
    void startsOverWhenReopenedWithAnotherAnalysis(@TempDir Path dir) throws IOException {
        // given an index written with the multifield layout
        try (var onDisk = Bm25Index.open(dir, 0.9f, 0.4f, Bm25Analyzer.ENGLISH, Bm25Fields.MULTIFIELD)) {
            onDisk.replaceDocument(1, List.of(chunk(10, 1, 1, "T", "persisted text")));
            onDisk.commit(42);
        }

        // when it is opened with the flat layout
        try (var reopened = Bm25Index.open(dir, 0.9f, 0.4f, Bm25Analyzer.ENGLISH, Bm25Fields.FLAT)) {
            // then it is empty at seq 0, so the change-log tailer rebuilds it
            assertThat(reopened.lastSeq()).isZero();
            assertThat(reopened.status()).isEqualTo(new IndexStatus(0, 0, 0));
        }
        // and the same analysis again keeps what was committed
        try (var same = Bm25Index.open(dir, 0.9f, 0.4f, Bm25Analyzer.ENGLISH, Bm25Fields.FLAT)) {
            same.replaceDocument(1, List.of(chunk(10, 1, 1, "T", "persisted text")));
            same.commit(7);
        }
        try (var again = Bm25Index.open(dir, 0.9f, 0.4f, Bm25Analyzer.ENGLISH, Bm25Fields.FLAT)) {
            assertThat(again.lastSeq()).isEqualTo(7);
            assertThat(again.status()).isEqualTo(new IndexStatus(7, 1, 1));
        }
    }

    private static double scoreOf(List<ScoredChunk> hits, long chunkId) {
        return hits.stream()
                .filter(hit -> hit.chunkId() == chunkId)
                .findFirst()
                .orElseThrow()
                .score();
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
        return new SearchQuery(text, null, collectionId == null ? null : List.of(collectionId), 10);
    }
}
