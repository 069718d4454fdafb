package org.jrag.retrieval.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.jrag.retrieval.fusion.ReciprocalRankFusion;
import org.jrag.retrieval.hyde.HydeQueryEmbedder;
import org.jrag.retrieval.hyde.HydeReport;
import org.jrag.retrieval.hyde.Hypothesis;
import org.jrag.retrieval.rerank.Reranker;
import org.jrag.retrieval.search.ChunkOrigin;
import org.jrag.retrieval.search.ScoredChunk;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.postretrieval.document.DocumentPostProcessor;
import org.springframework.ai.rag.preretrieval.query.transformation.QueryTransformer;
import org.springframework.ai.rag.retrieval.join.DocumentJoiner;
import org.springframework.ai.rag.retrieval.search.DocumentRetriever;

/**
 * The stages wired by hand the way Spring AI's {@code RetrievalAugmentationAdvisor} runs them: transform the query,
 * retrieve from every retriever, join, post-process. Retrievers and texts are stubs over five chunks.
 */
class SpringAiPipelineTests {

    private static final Map<Long, String> TEXTS =
            Map.of(1L, "alpha", 2L, "bravo", 3L, "charlie", 4L, "delta", 5L, "echo");

    private final AtomicReference<SearchQuery> denseQuery = new AtomicReference<>();

    @Test
    void transformsRetrievesJoinsAndPostProcessesAsSpringAiStages() {
        // given bm25 ranks 1, 2, 3 and dense ranks 3, 4, 1 (dense sees the query it was given)
        ChunkTexts texts = ChunkTextsStub::load;
        DocumentRetriever bm25 = new ChunkDocumentRetriever("bm25", query -> hits(query, 1, 2, 3), null, texts);
        DocumentRetriever dense = new ChunkDocumentRetriever(
                "dense",
                query -> {
                    denseQuery.set(query);
                    return hits(query, 3, 4, 1);
                },
                text -> new float[] {1, 0},
                texts);
        QueryTransformer hyde = new HydeQueryTransformer(
                new HydeQueryEmbedder(q -> new Hypothesis.Drafted("a drafted answer"), passagesAsY(), 8),
                text -> new float[] {1, 0},
                1.0);
        DocumentJoiner rrf = new RrfDocumentJoiner(new ReciprocalRankFusion(60), Map.of());
        // the re-ranker prefers later letters: echo > delta > charlie > bravo > alpha
        Reranker byLetter = new Reranker() {
            @Override
            public String name() {
                return "by-letter";
            }

            @Override
            public double[] score(String query, List<String> passages) {
                return passages.stream().mapToDouble(p -> p.charAt(0)).toArray();
            }
        };
        List<DocumentPostProcessor> postProcessors =
                List.of(new RerankingDocumentPostProcessor(byLetter, 3), new LostInTheMiddleDocumentPostProcessor());
        var filters = new SearchFilters(Set.of("science"), null, null);
        Query original = Query.builder()
                .text("greek letters")
                .context(Map.of(RagKeys.TOP_K, 3, RagKeys.COLLECTION_ID, 7L, RagKeys.FILTERS, filters))
                .build();

        // when: 1. transform, 2. retrieve, 3. join, 4. post-process
        Query query = hyde.transform(original);
        Map<Query, List<List<Document>>> retrieved =
                Map.of(query, List.of(bm25.retrieve(query), dense.retrieve(query)));
        List<Document> documents = rrf.join(retrieved);
        for (DocumentPostProcessor postProcessor : postProcessors) {
            documents = postProcessor.process(query, documents);
        }

        // then HyDE's vector reached the dense retriever, with the context's collection, filters and depth
        assertThat(query.text()).isEqualTo("greek letters");
        assertThat(query.context().get(RagKeys.HYDE)).isEqualTo(HydeReport.applied("a drafted answer", 1.0));
        assertThat(denseQuery.get().embedding()).containsExactly(0f, 1f);
        assertThat(denseQuery.get().collectionIds()).containsExactly(7L);
        assertThat(denseQuery.get().filters()).isEqualTo(filters);
        assertThat(denseQuery.get().limit()).isEqualTo(3);
        // fusion: 1 (1/61 + 1/63) and 3 (1/63 + 1/61) tie, then 2 (1/62), 4 (1/62); ties by chunk id
        // re-ranking the first three (1, 3, 2) by letter: charlie, bravo, alpha; then delta unchanged
        // lost in the middle over [3, 2, 1, 4]: 3, 1, 4, 2
        assertThat(documents).extracting(Document::getId).containsExactly("3", "1", "4", "2");
        Document charlie = documents.getFirst();
        assertThat(charlie.getText()).isEqualTo("charlie");
        assertThat(charlie.getMetadata().get(RagKeys.RANKS)).isEqualTo(Map.of("bm25", 3, "dense", 1));
        assertThat((double) charlie.getMetadata().get(RagKeys.FUSED_SCORE))
                .isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-12));
        assertThat(charlie.getMetadata().get(RagKeys.RERANK_SCORE)).isEqualTo((double) 'c');
        assertThat(documents.get(2).getMetadata()).doesNotContainKey(RagKeys.RERANK_SCORE);
        // where a chunk comes from, as far as it is known
        assertThat(documents.get(1).getMetadata())
                .containsEntry(RagKeys.SOURCE, "guide.pdf")
                .containsEntry(RagKeys.SECTION, "# Intro")
                .containsEntry(RagKeys.PAGES, List.of(2))
                .doesNotContainKey(RagKeys.URL);
        assertThat(charlie.getMetadata()).doesNotContainKey(RagKeys.SOURCE);
    }

    private static List<ScoredChunk> hits(SearchQuery query, long... ids) {
        return Arrays.stream(ids)
                .limit(query.limit())
                .mapToObj(id -> new ScoredChunk(id, 10.0 - id))
                .toList();
    }

    private static final class ChunkTextsStub {
        static Map<Long, ChunkTexts.ChunkText> load(Collection<Long> ids, Set<String> principals) {
            Map<Long, ChunkTexts.ChunkText> loaded = new HashMap<>();
            for (Long id : ids) {
                loaded.put(
                        id,
                        new ChunkTexts.ChunkText(
                                id,
                                100 + id,
                                "doc " + id,
                                TEXTS.get(id),
                                id == 1 ? new ChunkOrigin("guide.pdf", null, "# Intro", List.of(2)) : null));
            }
            return loaded;
        }
    }

    /** An embedder that maps every passage to (0, 1), so the HyDE vector is recognisable. */
    private static TextEmbedder passagesAsY() {
        return new TextEmbedder() {
            @Override
            public String modelName() {
                return "fake";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public float[] embedQuery(String query) {
                return new float[] {1, 0};
            }

            @Override
            public List<float[]> embedPassages(List<String> passages) {
                return passages.stream().map(p -> new float[] {0, 1}).toList();
            }

            @Override
            public TextTokenizer tokenizer() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {}
        };
    }
}
