package org.jrag.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

class AnswerCacheConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AnswerCacheProperties.class)
    static class Properties {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, AnswerCacheConfiguration.class)
            .withBean(JdbcClient.class, () -> JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql:none")))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("rag.retrieval.answer-cache.size=10", "rag.retrieval.answer-cache.ttl=1m");

    @Test
    void keepsAnswersInMemoryUnlessTheDatabaseIsNamed() {
        runner.run(context -> assertThat(context.getBean(AnswerStore.class)).isInstanceOf(MemoryAnswerStore.class));
        runner.withPropertyValues("rag.retrieval.answer-cache.store=database")
                .run(context -> assertThat(context.getBean(AnswerStore.class)).isInstanceOf(DatabaseAnswerStore.class));
        runner.withPropertyValues("rag.retrieval.answer-cache.store=disk")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("disk"));
    }
}
