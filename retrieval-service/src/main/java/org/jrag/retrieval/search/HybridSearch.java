package org.jrag.retrieval.search;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jrag.embedding.TextEmbedder;
import org.jrag.retrieval.collection.CollectionRepository;
import org.jrag.retrieval.collection.Visibility;
import org.jrag.retrieval.fusion.FusedChunk;
import org.jrag.retrieval.fusion.FusionProperties;
import org.jrag.retrieval.fusion.ReciprocalRankFusion;
import org.jrag.retrieval.hyde.HydeProperties;
import org.jrag.retrieval.hyde.HydeQueryEmbedder;
import org.jrag.retrieval.hyde.HydeReport;
import org.jrag.retrieval.rerank.RerankDepth;
import org.jrag.retrieval.rerank.RerankProperties;
import org.jrag.retrieval.rerank.RerankReport;
import org.jrag.retrieval.rerank.Reranker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The search pipeline: look the collections up (a search of named collections takes their search defaults for the
 * options it leaves unset, so it looks them up first) and start BM25 and meanwhile embed the query (HyDE may replace
 * the vector) and run the dense search, each retriever with the mode's collections and metadata filters, fuse the rankings
 * with weighted RRF, re-rank the best candidates as deep as the latency budget allows, then load the chunks' text. In
 * bm25 or dense mode only that retriever runs and its own score is reported.
 */
@Service
public class HybridSearch {

    private final TextEmbedder embedder;
    private final Map<String, ChunkRetriever> retrievers;
    private final ReciprocalRankFusion fusion;
    private final ChunkDetailsRepository chunkDetails;
    private final CollectionRepository collections;
    private final int candidates;
    private final HydeQueryEmbedder hyde;
    private final double hydeWeight;
    private final Reranker reranker;
    private final RerankDepth rerankDepth;
    private final RerankProperties rerankProperties;
    private final Highlighter highlighter;
    private final ObservationRegistry observations;
    /** Runs the lexical retrievers beside the query embedding: one virtual thread per search, nothing held idle. */
    private final Executor lexical = Executors.newVirtualThreadPerTaskExecutor();

    HybridSearch(
            TextEmbedder embedder,
            @Qualifier("bm25ChunkRetriever") ChunkRetriever bm25,
            @Qualifier("pgvectorChunkRetriever") ChunkRetriever dense,
            ChunkDetailsRepository chunkDetails,
            CollectionRepository collections,
            FusionProperties fusion,
            SearchProperties properties,
            HydeQueryEmbedder hyde,
            HydeProperties hydeProperties,
            ObjectProvider<Reranker> reranker,
            RerankDepth rerankDepth,
            RerankProperties rerankProperties,
            Highlighter highlighter,
            ObservationRegistry observations) {
        this.embedder = embedder;
        this.retrievers = Map.of(SearchMode.BM25_SOURCE, bm25, SearchMode.DENSE_SOURCE, dense);
        this.fusion = new ReciprocalRankFusion(fusion.k());
        this.chunkDetails = chunkDetails;
        this.collections = collections;
        this.candidates = properties.candidates();
        this.hyde = hyde;
        this.hydeWeight = hydeProperties.weight();
        this.reranker = reranker.getIfAvailable();
        this.rerankDepth = rerankDepth;
        this.rerankProperties = rerankProperties;
        this.highlighter = highlighter;
        this.observations = observations;
    }

    /** Searches the collections the request names that {@code visible} holds (every one it holds if none). */
    public SearchResponse search(SearchRequest request, Visibility visible) {
        Observation search =
                Observation.createNotStarted("rag.search", observations).contextualName("search");
        return search.observe(() -> search(request, visible, search));
    }

    /** Runs one stage of a search as a child of its observation: a span when traced, a timer by stage. */
    private <T> T stage(String stage, Observation search, Supplier<T> work) {
        return Observation.createNotStarted("rag.search.stage", observations)
                .contextualName("search " + stage)
                .lowCardinalityKeyValue("stage", stage)
                .parentObservation(search)
                .observe(work);
    }

    private SearchResponse search(SearchRequest asked, Visibility visible, Observation search) {
        // 1. a search of named collections looks them up first, with their search defaults, which decide what runs
        CollectionRepository.Scope scope =
                asked.collectionNames().isEmpty() ? null : collections.scope(asked.collectionNames(), visible);
        SearchRequest request = scope == null ? asked : asked.withDefaults(scope.defaults());
        search.lowCardinalityKeyValue("mode", request.mode().wireName());
        SearchMode mode = request.mode();
        int topK = request.topK();
        boolean rerank = request.rerank() == null ? rerankProperties.enabledByDefault() : request.rerank();
        boolean dense = mode.sources().contains(SearchMode.DENSE_SOURCE);
        int depth = depth(request, rerank);

        // 2. run the BM25 search, which needs no vector, on a virtual thread, after the visible collections' lookup
        // where a search of every collection needs one, so that both run while the query is embedded (the lookup is a
        // database round trip)
        CompletableFuture<List<Long>> collection = scope != null
                ? CompletableFuture.completedFuture(scope.ids())
                : visible.allCollections()
                        ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.supplyAsync(() -> collections.idsOf(List.of(), visible), lexical);
        Map<String, CompletableFuture<List<ScoredChunk>>> running = new LinkedHashMap<>();
        for (String source : mode.sources()) {
            if (!source.equals(SearchMode.DENSE_SOURCE)) {
                ChunkRetriever retriever = retrievers.get(source);
                running.put(
                        source,
                        collection.thenApplyAsync(
                                ids -> stage(
                                        source,
                                        search,
                                        () -> retriever.retrieve(new SearchQuery(
                                                request.query(),
                                                null,
                                                ids,
                                                depth,
                                                request.filters(),
                                                request.efSearch(),
                                                request.exact(),
                                                visible.principals()))),
                                lexical));
            }
        }

        // 3. embed the query (only the dense retriever needs it), then let HyDE ask the generation-service for a
        // hypothetical answer, whose vector it swaps in
        float[] embedding = dense ? stage("embed", search, () -> embedder.embedQuery(request.query())) : null;
        List<Long> collectionIds = joined(collection);
        HydeReport hydeReport = null;
        if (Boolean.TRUE.equals(request.hyde())) {
            if (dense) {
                double weight = request.hydeWeight() == null ? hydeWeight : request.hydeWeight();
                float[] queryVector = embedding;
                HydeQueryEmbedder.Result drafted =
                        stage("hyde", search, () -> hyde.embed(request.query(), queryVector, weight));
                embedding = drafted.embedding();
                hydeReport = drafted.report();
            } else {
                hydeReport = HydeReport.unavailable("mode " + mode.wireName() + " runs no dense search");
            }
        }

        // 4. the dense search on this thread, then the rankings of every source in the mode's order
        float[] denseVector = embedding;
        List<ScoredChunk> denseRanking = dense
                ? stage(
                        SearchMode.DENSE_SOURCE,
                        search,
                        () -> retrievers
                                .get(SearchMode.DENSE_SOURCE)
                                .retrieve(new SearchQuery(
                                        request.query(),
                                        denseVector,
                                        collectionIds,
                                        depth,
                                        request.filters(),
                                        request.efSearch(),
                                        request.exact(),
                                        visible.principals())))
                : List.of();
        Map<String, List<ScoredChunk>> rankings = new LinkedHashMap<>();
        for (String source : mode.sources()) {
            rankings.put(source, source.equals(SearchMode.DENSE_SOURCE) ? denseRanking : joined(running.get(source)));
        }

        // 5. fuse (with a single source this keeps its order and explains its ranks)
        List<FusedChunk> fused = fusion.fuse(rankings, request.weights());

        // 6. re-rank the best candidates, as many as the latency budget allows
        RerankReport rerankReport = null;
        Map<Long, Double> rerankScores = Map.of();
        if (rerank && reranker == null) {
            rerankReport = RerankReport.unavailable("no re-ranker configured (rag.retrieval.rerank.model is none)");
        } else if (rerank && !fused.isEmpty()) {
            Duration budget = request.rerankBudgetMs() == null
                    ? rerankProperties.budget()
                    : Duration.ofMillis(request.rerankBudgetMs());
            List<FusedChunk> ranked = fused;
            Reranked reranked = stage("rerank", search, () -> rerankHead(request.query(), ranked, budget, visible));
            rerankScores = reranked.scores();
            fused = reordered(fused, rerankScores);
            rerankReport = RerankReport.applied(reranker.name(), rerankScores.size(), reranked.millis());
        }
        if (request.diversity() > 0 && fused.size() > 1) {
            List<FusedChunk> ranked = fused;
            fused = stage("diversify", search, () -> diversified(ranked, topK, 1 - request.diversity()));
        }
        fused = fused.subList(0, Math.min(topK, fused.size()));

        // 7. load chunk details (a chunk deleted since retrieval is dropped, and one whose document the caller may no
        // longer read: the BM25 index may not yet know of a change of its readers)
        Map<Long, ChunkDetails> details =
                chunkDetails.findReady(fused.stream().map(FusedChunk::chunkId).toList(), visible);
        List<SearchResult> results = new ArrayList<>(fused.size());
        for (FusedChunk chunk : fused) {
            ChunkDetails d = details.get(chunk.chunkId());
            if (d == null) {
                continue;
            }
            Double fusedScore = mode == SearchMode.HYBRID ? chunk.score() : null;
            Double rerankScore = rerankScores.get(chunk.chunkId());
            double ownScore = mode == SearchMode.HYBRID
                    ? chunk.score()
                    : chunk.scores().get(mode.sources().getFirst());
            results.add(new SearchResult(
                    d.chunkId(),
                    d.documentId(),
                    d.collection(),
                    d.title(),
                    d.text(),
                    d.startOffset(),
                    d.endOffset(),
                    rerankScore != null ? rerankScore : ownScore,
                    chunk.ranks(),
                    chunk.scores(),
                    fusedScore,
                    rerankScore,
                    request.highlight() ? highlighter.highlight(request.query(), d.text(), d.language()) : null,
                    d.origin()));
        }
        return new SearchResponse(request.query(), mode, results, hydeReport, rerankReport);
    }

    /** The {@code topK} candidates maximal marginal relevance picks, in the order it picks them. */
    private List<FusedChunk> diversified(List<FusedChunk> ranked, int topK, double lambda) {
        Map<Long, float[]> vectors =
                chunkDetails.embeddings(ranked.stream().map(FusedChunk::chunkId).toList());
        List<float[]> inOrder =
                ranked.stream().map(c -> vectors.get(c.chunkId())).toList();
        return MaximalMarginalRelevance.select(inOrder, topK, lambda).stream()
                .map(ranked::get)
                .toList();
    }

    /**
     * How many candidates each retriever returns: topK, the fusion's candidates in hybrid mode or when the results are
     * diversified (there must be others to pick from), the re-rank depth.
     */
    private int depth(SearchRequest request, boolean rerank) {
        int depth = request.mode() == SearchMode.HYBRID || request.diversity() > 0
                ? Math.max(request.topK(), candidates)
                : request.topK();
        if (rerank && reranker != null) {
            depth = Math.max(depth, rerankProperties.maxDepth());
        }
        return depth;
    }

    /**
     * The query {@link #search} gives the dense retriever for {@code asked} (its collection, depth, filters,
     * efSearch and exactness, with its collections' search defaults; the query's own embedding, not a HyDE draft):
     * what {@code POST /v1/search/explain} plans.
     */
    public SearchQuery denseQuery(SearchRequest asked, Visibility visible) {
        CollectionRepository.Scope scope =
                asked.collectionNames().isEmpty() ? null : collections.scope(asked.collectionNames(), visible);
        SearchRequest request = scope == null ? asked : asked.withDefaults(scope.defaults());
        List<Long> collectionIds = scope == null ? collections.idsOf(List.of(), visible) : scope.ids();
        boolean rerank = request.rerank() == null ? rerankProperties.enabledByDefault() : request.rerank();
        return new SearchQuery(
                request.query(),
                embedder.embedQuery(request.query()),
                collectionIds,
                depth(request, rerank),
                request.filters(),
                request.efSearch(),
                request.exact(),
                visible.principals());
    }

    /**
     * The result of work started on another thread, or its own exception (a bad query is the client's 400, an unknown
     * collection its 404, not a wrapped 500).
     */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Re-scores the first candidates, as many as {@code budget} allows at the measured cost per candidate, and
     * records the time taken so the next search adapts.
     */
    private Reranked rerankHead(String query, List<FusedChunk> fused, Duration budget, Visibility visible) {
        int depth = Math.min(fused.size(), rerankDepth.depth(budget, 1));
        List<FusedChunk> head = fused.subList(0, depth);
        Map<Long, ChunkDetails> details =
                chunkDetails.findReady(head.stream().map(FusedChunk::chunkId).toList(), visible);
        List<FusedChunk> scored = head.stream()
                .filter(chunk -> details.containsKey(chunk.chunkId()))
                .toList();
        long started = System.nanoTime();
        double[] scores = reranker.score(
                query,
                scored.stream().map(c -> passage(details.get(c.chunkId()))).toList());
        long took = System.nanoTime() - started;
        rerankDepth.record(scored.size(), Duration.ofNanos(took));
        Map<Long, Double> byChunk = new LinkedHashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            byChunk.put(scored.get(i).chunkId(), scores[i]);
        }
        return new Reranked(byChunk, took / 1e6);
    }

    private record Reranked(Map<Long, Double> scores, double millis) {}

    /** Re-ranked chunks first by their re-rank score, then the others in fused order. */
    private static List<FusedChunk> reordered(List<FusedChunk> fused, Map<Long, Double> rerankScores) {
        List<FusedChunk> reranked = new ArrayList<>();
        List<FusedChunk> rest = new ArrayList<>();
        for (FusedChunk chunk : fused) {
            (rerankScores.containsKey(chunk.chunkId()) ? reranked : rest).add(chunk);
        }
        reranked.sort(Comparator.comparingDouble((FusedChunk c) -> rerankScores.get(c.chunkId()))
                .reversed()
                .thenComparingLong(FusedChunk::chunkId));
        reranked.addAll(rest);
        return reranked;
    }

    /** What the re-ranker reads: the document title (when there is one) and the chunk text. */
    private static String passage(ChunkDetails details) {
        return details.title() == null || details.title().isBlank()
                ? details.text()
                : details.title() + "\n" + details.text();
    }
}
