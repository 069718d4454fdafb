package org.jrag.retrieval.bm25;

import org.jrag.retrieval.search.Highlighter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the on-disk BM25 index once per service and exposes its retriever. */
@Configuration(proxyBeanMethods = false)
class Bm25Configuration {

    @Bean(destroyMethod = "close")
    Bm25Index bm25Index(Bm25Properties properties) {
        return Bm25Index.open(
                properties.indexDir(), properties.k1(), properties.b(), properties.analyzer(), properties.fields());
    }

    @Bean
    Bm25ChunkRetriever bm25ChunkRetriever(Bm25Index index) {
        return new Bm25ChunkRetriever(index);
    }

    /** Highlights query terms as BM25 matches them, whatever mode found the result. */
    @Bean
    Highlighter highlighter(Bm25Index index) {
        return new AnalyzedHighlighter(index);
    }
}
