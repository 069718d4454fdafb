package org.jrag.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.jrag.retrieval.collection.CollectionNotFoundException;
import org.jrag.retrieval.collection.CollectionRepository;
import org.jrag.retrieval.collection.Visibility;
import org.jrag.retrieval.fusion.FusionProperties;
import org.jrag.retrieval.hyde.HydeProperties;
import org.jrag.retrieval.hyde.HydeQueryEmbedder;
import org.jrag.retrieval.hyde.Hypothesis;
import org.jrag.retrieval.rerank.RerankDepth;
import org.jrag.retrieval.rerank.RerankProperties;
import org.jrag.retrieval.rerank.Reranker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class HybridSearchTests {

    private final CountDownLatch bm25Started = new CountDownLatch(1);
    private final CountDownLatch embeddingStarted = new CountDownLatch(1);

    /** Embeds only once BM25 has started: a pipeline that ran them one after the other would time out here. */
    private final TextEmbedder waitsForBm25 = new TextEmbedder() {
        @Override
        public String modelName() {
            return "waits-for-bm25";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embedQuery(String query) {
            embeddingStarted.countDown();
            try {
                if (!bm25Started.await(5, TimeUnit.SECONDS)) {
                    throw new AssertionError("the query was embedded before BM25 started, not beside it");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return new float[] {1, 0};
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            return passages.stream().map(p -> new float[] {1, 0}).toList();
        }

        @Override
        public TextTokenizer tokenizer() {
            throw new UnsupportedOperationException("not needed here");
        }

        @Override
        public void close() {}
    };

    private static final class Details extends ChunkDetailsRepository {
        Details() {
            super(null);
        }

        @Override
        Map<Long, ChunkDetails> findReady(Collection<Long> chunkIds, Visibility visible) {
            return chunkIds.stream()
                    .map(id -> new ChunkDetails(id, 100 + id, "docs", "Title " + id, "text " + id, 0, 6, null, null))
                    .collect(Collectors.toMap(ChunkDetails::chunkId, Function.identity()));
        }
    }

    private static final Map<String, Long> KNOWN = Map.of("docs", 7L, "faq", 9L, "manuals", 11L);

    /** The search defaults of the collections above: "manuals" searches BM25 alone unless a request says otherwise. */
    private static final Map<String, SearchDefaults> DEFAULTS = Map.of(
            "manuals", new SearchDefaults(SearchMode.BM25, Map.of("bm25", 2.0), null, null, null, null, 64, null));

    /**
     * Knows three collections, "docs" (id 7), "faq" (id 9) and "manuals" (id 11); answers a search of named ones at
     * once, with their search defaults, and one of every visible collection only once the query embedding has started.
     */
    private final CollectionRepository waitsForTheEmbedding = new CollectionRepository(null, null) {
        @Override
        public Scope scope(List<String> names, Visibility visible) {
            List<String> searched = names.stream()
                    .map(name -> {
                        if (!KNOWN.containsKey(name) || !visible.includes(name)) {
                            throw new CollectionNotFoundException(name);
                        }
                        return name;
                    })
                    .distinct()
                    .toList();
            return new Scope(
                    searched.stream().map(KNOWN::get).toList(),
                    SearchDefaults.common(searched.stream()
                            .map(name -> DEFAULTS.getOrDefault(name, SearchDefaults.NONE))
                            .toList()));
        }

        @Override
        public List<Long> idsOf(List<String> names, Visibility visible) {
            if (!names.isEmpty()) {
                return scope(names, visible).ids();
            }
            try {
                if (!embeddingStarted.await(5, TimeUnit.SECONDS)) {
                    throw new AssertionError(
                            "the collection was looked up before the query was embedded, not beside it");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return visible.allCollections()
                    ? null
                    : Stream.of("docs", "faq", "manuals")
                            .filter(visible::includes)
                            .map(KNOWN::get)
                            .toList();
        }
    };

    private HybridSearch search(ChunkRetriever bm25, ChunkRetriever dense) {
        return new HybridSearch(
                waitsForBm25,
                bm25,
                dense,
                new Details(),
                waitsForTheEmbedding,
                new FusionProperties(60),
                new SearchProperties(50),
                new HydeQueryEmbedder(query -> new Hypothesis.Unavailable("off"), waitsForBm25, 4),
                new HydeProperties("%s", 10, 0.5, 4, Duration.ofSeconds(1)),
                new StaticListableBeanFactory().getBeanProvider(Reranker.class),
                new RerankDepth(50, 8),
                new RerankProperties(null, null, null, false, 50, 8, 16, 512, Duration.ofMillis(300)),
                (query, text, language) -> List.of(),
                ObservationRegistry.NOOP);
    }

    @Test
    void runsBm25WhileTheQueryIsEmbeddedAndFusesBothRankings() {
        ChunkRetriever bm25 = query -> {
            bm25Started.countDown();
            assertThat(query.embedding()).isNull();
            return List.of(new ScoredChunk(1, 7.5), new ScoredChunk(2, 3.0));
        };
        ChunkRetriever dense = query -> {
            assertThat(query.embedding()).containsExactly(1, 0);
            assertThat(query.limit()).isEqualTo(50);
            return List.of(new ScoredChunk(2, 0.9), new ScoredChunk(3, 0.8));
        };

        SearchResponse response =
                search(bm25, dense).search(new SearchRequest("planets", null, SearchMode.HYBRID, 3), Visibility.ALL);

        // chunk 2 is in both rankings (ranks 2 and 1), so it fuses first
        assertThat(response.results()).extracting(SearchResult::chunkId).containsExactly(2L, 1L, 3L);
        assertThat(response.results().getFirst().ranks())
                .containsEntry("bm25", 2)
                .containsEntry("dense", 1);
    }

    @Test
    void aBm25FailureReachesTheCallerAsItself() {
        ChunkRetriever bm25 = query -> {
            bm25Started.countDown();
            throw new InvalidQueryException("query has too many terms for BM25 search (at most 1024)");
        };

        assertThatThrownBy(() -> search(bm25, query -> List.of())
                        .search(new SearchRequest("planets", null, SearchMode.HYBRID, 3), Visibility.ALL))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("query has too many terms for BM25 search (at most 1024)");
    }

    @Test
    void looksTheVisibleCollectionsUpWhileTheQueryIsEmbeddedAndScopesBothRetrievers() {
        ChunkRetriever bm25 = query -> {
            bm25Started.countDown();
            assertThat(query.collectionIds()).containsExactly(7L);
            return List.of(new ScoredChunk(1, 7.5));
        };
        ChunkRetriever dense = query -> {
            assertThat(query.collectionIds()).containsExactly(7L);
            return List.of(new ScoredChunk(1, 0.9));
        };

        SearchResponse response = search(bm25, dense)
                .search(new SearchRequest("planets", null, SearchMode.HYBRID, 3), Visibility.of("docs", null));

        assertThat(response.results()).extracting(SearchResult::chunkId).containsExactly(1L);
    }

    @Test
    void aNamedCollectionsSearchDefaultsDecideWhatTheRequestLeavesUnset() {
        bm25Started.countDown();
        embeddingStarted.countDown();
        var ran = new ArrayList<String>();
        ChunkRetriever bm25 = query -> {
            synchronized (ran) {
                ran.add("bm25 " + query.collectionIds() + " efSearch " + query.efSearch());
            }
            return List.of(new ScoredChunk(1, 7.5));
        };
        ChunkRetriever dense = query -> {
            synchronized (ran) {
                ran.add("dense " + query.collectionIds() + " efSearch " + query.efSearch());
            }
            return List.of(new ScoredChunk(2, 0.9));
        };
        HybridSearch search = search(bm25, dense);

        // the collection's mode and efSearch where the request sets none
        SearchResponse defaulted = search.search(new SearchRequest("planets", "manuals", null, 3), Visibility.ALL);
        assertThat(defaulted.mode()).isEqualTo(SearchMode.BM25);
        assertThat(ran).containsExactly("bm25 [11] efSearch 64");

        // the request's own mode wins, and the collection's efSearch still reaches the dense retriever
        ran.clear();
        SearchResponse asked =
                search.search(new SearchRequest("planets", "manuals", SearchMode.DENSE, 3), Visibility.ALL);
        assertThat(asked.mode()).isEqualTo(SearchMode.DENSE);
        assertThat(ran).containsExactly("dense [11] efSearch 64");

        // collections that differ take the service's defaults: hybrid, no efSearch
        ran.clear();
        var both = new SearchRequest(
                "planets",
                null,
                List.of("manuals", "docs"),
                null,
                3,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(search.search(both, Visibility.ALL).mode()).isEqualTo(SearchMode.HYBRID);
        assertThat(ran).containsExactlyInAnyOrder("bm25 [11, 7] efSearch null", "dense [11, 7] efSearch null");

        // and a search of every collection takes the service's defaults too
        ran.clear();
        assertThat(search.search(new SearchRequest("planets", null, null, 3), Visibility.ALL)
                        .mode())
                .isEqualTo(SearchMode.HYBRID);
        assertThat(ran).hasSize(2);
    }

    @Test
    void anUnknownCollectionReachesTheCallerAsItselfInEveryMode() {
        bm25Started.countDown();
        for (SearchMode mode : SearchMode.values()) {
            assertThatThrownBy(() -> search(query -> List.of(), query -> List.of())
                            .search(new SearchRequest("planets", "nope", mode, 3), Visibility.ALL))
                    .as("mode %s", mode)
                    .isInstanceOf(CollectionNotFoundException.class);
        }
    }

    @Test
    void searchesTheNamedCollectionsOrTheVisibleOnesAndAHiddenOneIsNotFound() {
        bm25Started.countDown();
        var seen = new ArrayList<List<Long>>();
        ChunkRetriever recording = query -> {
            synchronized (seen) {
                seen.add(query.collectionIds());
            }
            return List.of();
        };
        HybridSearch search = search(recording, recording);
        var both = new SearchRequest(
                "planets",
                null,
                List.of("faq", "docs"),
                SearchMode.HYBRID,
                3,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        search.search(both, Visibility.ALL);
        search.search(new SearchRequest("planets", null, SearchMode.HYBRID, 3), Visibility.of("faq, hr", null));
        search.search(new SearchRequest("planets", null, SearchMode.HYBRID, 3), Visibility.of("hr", null));

        assertThat(seen)
                .containsExactly(List.of(9L, 7L), List.of(9L, 7L), List.of(9L), List.of(9L), List.of(), List.of());
        assertThatThrownBy(() -> search.search(both, Visibility.of("faq", null)))
                .isInstanceOf(CollectionNotFoundException.class)
                .hasMessageContaining("docs");
    }
}
