package org.jrag.retrieval.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.embedding.TextEmbedder;
import org.jrag.retrieval.collection.CollectionRepository;
import org.jrag.retrieval.fusion.FusedChunk;
import org.jrag.retrieval.fusion.FusionProperties;
import org.jrag.retrieval.fusion.ReciprocalRankFusion;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The search pipeline: embed the query, retrieve from every source the mode asks for, fuse the rankings with RRF,
 * then load the chunks' text. In bm25 or dense mode only that retriever runs and its own score is reported.
 */
@Service
public class HybridSearch {

    private final TextEmbedder embedder;
    private final Map<String, ChunkRetriever> retrievers;
    private final ReciprocalRankFusion fusion;
    private final ChunkDetailsRepository chunkDetails;
    private final CollectionRepository collections;
    private final int candidates;

    HybridSearch(
            TextEmbedder embedder,
            @Qualifier("bm25ChunkRetriever") ChunkRetriever bm25,
            @Qualifier("pgvectorChunkRetriever") ChunkRetriever dense,
            ChunkDetailsRepository chunkDetails,
            CollectionRepository collections,
            FusionProperties fusion,
            SearchProperties properties) {
        this.embedder = embedder;
        this.retrievers = Map.of(SearchMode.BM25_SOURCE, bm25, SearchMode.DENSE_SOURCE, dense);
        this.fusion = new ReciprocalRankFusion(fusion.k());
        this.chunkDetails = chunkDetails;
        this.collections = collections;
        this.candidates = properties.candidates();
    }

    public SearchResponse search(SearchRequest request) {
        SearchMode mode = request.mode();
        int topK = request.topK();
        Long collectionId = request.collection() == null ? null : collections.idOf(request.collection());

        // 1. embed the query (only the dense retriever needs it)
        float[] embedding =
                mode.sources().contains(SearchMode.DENSE_SOURCE) ? embedder.embedQuery(request.query()) : null;
        int depth = mode == SearchMode.HYBRID ? Math.max(topK, candidates) : topK;
        var query =
                new SearchQuery(request.query(), embedding, collectionId, depth, request.efSearch(), request.exact());

        // 2. retrieve from every source
        Map<String, List<ScoredChunk>> rankings = new LinkedHashMap<>();
        for (String source : mode.sources()) {
            rankings.put(source, retrievers.get(source).retrieve(query));
        }

        // 3. fuse (with a single source this keeps its order and explains its ranks)
        List<FusedChunk> fused = fusion.fuse(rankings);
        fused = fused.subList(0, Math.min(topK, fused.size()));

        // 4. load chunk details (a chunk deleted since retrieval is dropped)
        Map<Long, ChunkDetails> details =
                chunkDetails.findReady(fused.stream().map(FusedChunk::chunkId).toList());
        List<SearchResult> results = new ArrayList<>(fused.size());
        for (FusedChunk chunk : fused) {
            ChunkDetails d = details.get(chunk.chunkId());
            if (d == null) {
                continue;
            }
            double score = mode == SearchMode.HYBRID
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
                    score,
                    chunk.ranks(),
                    chunk.scores()));
        }
        return new SearchResponse(request.query(), mode, results);
    }
}
