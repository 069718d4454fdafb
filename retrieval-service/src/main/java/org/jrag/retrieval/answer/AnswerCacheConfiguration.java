package org.jrag.retrieval.answer;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The answer cache over the store {@code rag.retrieval.answer-cache.store} names. */
@Configuration(proxyBeanMethods = false)
class AnswerCacheConfiguration {

    @Bean
    AnswerStore answerStore(
            AnswerCacheProperties properties, JdbcClient jdbc, JsonMapper json, MeterRegistry registry) {
        return switch (properties.store()) {
            case MEMORY -> new MemoryAnswerStore(properties.size());
            case DATABASE -> new DatabaseAnswerStore(jdbc, json, properties.size(), Clock.systemUTC(), registry);
        };
    }

    @Bean
    AnswerCache answerCache(AnswerCacheProperties properties, AnswerStore store, MeterRegistry registry) {
        return new AnswerCache(properties, store, registry, Clock.systemUTC());
    }
}
