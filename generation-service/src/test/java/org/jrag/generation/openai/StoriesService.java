package org.jrag.generation.openai;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.jrag.generation.TestModels;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service over real HTTP serving the real stories260K (with a chat template added) as {@code stories}. One
 * Spring context for every integration test that extends it.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.generation.model-name=stories",
            "rag.generation.engine.kv-memory=16MB",
            "rag.generation.engine.max-running=8",
            "management.tracing.sampling.probability=1.0"
        })
@Import(StoriesService.Tracing.class)
public abstract class StoriesService extends ServiceClient {

    protected static final String MODEL = "stories";

    /** The spans the service finished, as an OTLP endpoint would receive them. */
    protected static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    @TestConfiguration
    static class Tracing {

        @Bean
        SpanProcessor exportsEachSpanAsItEnds() {
            return SimpleSpanProcessor.create(SPANS);
        }
    }

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add(
                "rag.generation.model-path",
                () -> TestModels.storiesWithChatTemplate().toString());
    }
}
