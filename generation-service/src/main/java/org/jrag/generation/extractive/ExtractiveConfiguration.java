package org.jrag.generation.extractive;

import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.TextEmbedder;
import org.jrag.generation.guard.Guardrails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExtractiveConfiguration {

    @Bean(destroyMethod = "close")
    TextEmbedder textEmbedder() {
        return OnnxTextEmbedder.bgeSmallEnV15();
    }

    @Bean
    ExtractiveAnswerer extractiveAnswerer(TextEmbedder embedder, ExtractiveProperties properties) {
        return new ExtractiveAnswerer(
                new BreakIteratorSentenceSplitter(), new EmbeddingSentenceRanker(embedder), properties);
    }

    @Bean
    GuardedAnswerService guardedAnswerService(ExtractiveAnswerer answerer, Guardrails guardrails) {
        return new GuardedAnswerService(answerer, guardrails);
    }
}
