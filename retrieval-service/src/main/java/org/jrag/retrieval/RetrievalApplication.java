package org.jrag.retrieval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Retrieval service: hybrid search (Lucene BM25 + pgvector, fused by reciprocal rank fusion) over the chunks
 * ingest-service stores, and the ask pipeline that hands the best passages to generation-service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RetrievalApplication {

    public static void main(String[] args) {
        SpringApplication.run(RetrievalApplication.class, args);
    }
}
