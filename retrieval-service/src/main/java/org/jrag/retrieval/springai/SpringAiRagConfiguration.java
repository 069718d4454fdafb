package org.jrag.retrieval.springai;

import java.util.Map;
import org.jrag.embedding.TextEmbedder;
import org.jrag.retrieval.fusion.FusionProperties;
import org.jrag.retrieval.fusion.ReciprocalRankFusion;
import org.jrag.retrieval.hyde.HydeProperties;
import org.jrag.retrieval.hyde.HydeQueryEmbedder;
import org.jrag.retrieval.search.ChunkRetriever;
import org.jrag.retrieval.search.SearchMode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exposes the retrieval stages as Spring AI RAG beans, for an application embedding this service's stages in a
 * {@code RetrievalAugmentationAdvisor}. The re-ranking post-processor is built where a {@code Reranker} exists.
 */
@Configuration(proxyBeanMethods = false)
class SpringAiRagConfiguration {

    @Bean
    ChunkDocumentRetriever bm25DocumentRetriever(
            @Qualifier("bm25ChunkRetriever") ChunkRetriever bm25, ChunkTexts texts) {
        return new ChunkDocumentRetriever(SearchMode.BM25_SOURCE, bm25, null, texts);
    }

    @Bean
    ChunkDocumentRetriever denseDocumentRetriever(
            @Qualifier("pgvectorChunkRetriever") ChunkRetriever dense, TextEmbedder embedder, ChunkTexts texts) {
        return new ChunkDocumentRetriever(SearchMode.DENSE_SOURCE, dense, embedder::embedQuery, texts);
    }

    @Bean
    RrfDocumentJoiner rrfDocumentJoiner(FusionProperties fusion) {
        return new RrfDocumentJoiner(new ReciprocalRankFusion(fusion.k()), Map.of());
    }

    @Bean
    HydeQueryTransformer hydeQueryTransformer(
            HydeQueryEmbedder hyde, TextEmbedder embedder, HydeProperties properties) {
        return new HydeQueryTransformer(hyde, embedder::embedQuery, properties.weight());
    }

    @Bean
    LostInTheMiddleDocumentPostProcessor lostInTheMiddleDocumentPostProcessor() {
        return new LostInTheMiddleDocumentPostProcessor();
    }
}
