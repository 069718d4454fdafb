package org.jrag.generation.openai;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.model.ModelStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenAiConfiguration {

    @Bean
    ResponseFormatCompiler responseFormatCompiler() {
        return new JsonSchemaResponseFormats();
    }

    @Bean
    GenerationRunner generationRunner(
            ModelStatus status,
            OpenAiProperties properties,
            ResponseFormatCompiler responseFormatCompiler,
            Guardrails guardrails) {
        return new GenerationRunner(status, properties, responseFormatCompiler, guardrails);
    }

    @Bean
    GenerationMetrics generationMetrics(MeterRegistry registry, ModelStatus status, Tracer tracer) {
        return new GenerationMetrics(registry, status, tracer);
    }

    @Bean
    PromptCompleter promptCompleter(GenerationRunner runner, GenerationMetrics metrics) {
        return new EnginePromptCompleter(runner, metrics);
    }
}
