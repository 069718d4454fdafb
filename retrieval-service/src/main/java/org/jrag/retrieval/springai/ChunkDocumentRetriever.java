package org.jrag.retrieval.springai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jrag.retrieval.search.ChunkOrigin;
import org.jrag.retrieval.search.ChunkRetriever;
import org.jrag.retrieval.search.ScoredChunk;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchQuery;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.retrieval.search.DocumentRetriever;

/**
 * A {@link ChunkRetriever} (BM25 or dense) as Spring AI's {@link DocumentRetriever}. Spring AI's {@link Query} has
 * text, history and a context map, but no collection, filters, depth or vector: those are read from the context
 * ({@link RagKeys}). A dense retriever embeds the query text unless HyDE left a vector under
 * {@link RagKeys#EMBEDDING}. Each document is a chunk: id = chunk id, score = the retriever's own score, metadata =
 * ids, title, retriever name, rank.
 */
public final class ChunkDocumentRetriever implements DocumentRetriever {

    private static final int DEFAULT_TOP_K = 10;

    private final String name;
    private final ChunkRetriever retriever;
    private final Function<String, float[]> queryEmbedder;
    private final ChunkTexts texts;

    /**
     * @param queryEmbedder embeds the query text for a dense retriever; null for a lexical one, which needs no vector
     */
    public ChunkDocumentRetriever(
            String name, ChunkRetriever retriever, Function<String, float[]> queryEmbedder, ChunkTexts texts) {
        this.name = name;
        this.retriever = retriever;
        this.queryEmbedder = queryEmbedder;
        this.texts = texts;
    }

    @Override
    public List<Document> retrieve(Query query) {
        Map<String, Object> context = query.context();
        float[] embedding = null;
        if (queryEmbedder != null) {
            embedding = context.get(RagKeys.EMBEDDING) instanceof float[] vector
                    ? vector
                    : queryEmbedder.apply(query.text());
        }
        int topK = context.get(RagKeys.TOP_K) instanceof Integer k ? k : DEFAULT_TOP_K;
        Long collectionId = context.get(RagKeys.COLLECTION_ID) instanceof Long id ? id : null;
        SearchFilters filters = context.get(RagKeys.FILTERS) instanceof SearchFilters f ? f : SearchFilters.NONE;
        Set<String> principals = null;
        if (context.get(RagKeys.PRINCIPALS) instanceof Set<?> names) {
            principals = names.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        List<ScoredChunk> hits = retriever.retrieve(new SearchQuery(
                query.text(),
                embedding,
                collectionId == null ? null : List.of(collectionId),
                topK,
                filters,
                null,
                false,
                principals));
        Map<Long, ChunkTexts.ChunkText> loaded =
                texts.load(hits.stream().map(ScoredChunk::chunkId).toList(), principals);
        List<Document> documents = new ArrayList<>(hits.size());
        int rank = 0;
        for (ScoredChunk hit : hits) {
            rank++;
            ChunkTexts.ChunkText text = loaded.get(hit.chunkId());
            if (text == null) {
                continue;
            }
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(RagKeys.CHUNK_ID, text.chunkId());
            metadata.put(RagKeys.DOCUMENT_ID, text.documentId());
            if (text.title() != null) {
                metadata.put(RagKeys.TITLE, text.title());
            }
            ChunkOrigin origin = text.origin();
            if (origin != null) {
                putIfKnown(metadata, RagKeys.SOURCE, origin.source());
                putIfKnown(metadata, RagKeys.URL, origin.url());
                putIfKnown(metadata, RagKeys.SECTION, origin.section());
                if (!origin.pages().isEmpty()) {
                    metadata.put(RagKeys.PAGES, origin.pages());
                }
            }
            metadata.put(RagKeys.RETRIEVER, name);
            metadata.put(RagKeys.RANK, rank);
            metadata.put(RagKeys.RETRIEVER_SCORE, hit.score());
            documents.add(Document.builder()
                    .id(Long.toString(hit.chunkId()))
                    .text(text.text())
                    .metadata(metadata)
                    .score(hit.score())
                    .build());
        }
        return documents;
    }

    private static void putIfKnown(Map<String, Object> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
