package org.jrag.retrieval.hyde;

import java.time.Clock;
import org.jrag.embedding.TextEmbedder;
import org.jrag.retrieval.answer.GenerationHttp;
import org.jrag.retrieval.answer.GenerationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Wires HyDE to generation-service (same base URL and timeouts as the answer client). */
@Configuration(proxyBeanMethods = false)
class HydeConfiguration {

    @Bean
    HypotheticalDocumentGenerator hypotheticalDocumentGenerator(
            RestClient.Builder builder, GenerationProperties generation, HydeProperties properties) {
        RestClient http = GenerationHttp.client(builder, generation);
        return new CompletionsHypotheticalDocumentGenerator(
                http, generation.baseUrl().toString(), properties, Clock.systemUTC());
    }

    @Bean
    HydeQueryEmbedder hydeQueryEmbedder(
            HypotheticalDocumentGenerator generator, TextEmbedder embedder, HydeProperties properties) {
        return new HydeQueryEmbedder(generator, embedder, properties.cacheSize());
    }
}
