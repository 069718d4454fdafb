package org.jrag.generation.guard;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.jrag.generation.extractive.BreakIteratorSentenceSplitter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GuardrailConfiguration {

    /**
     * Input rails cheapest first (the length check guards the others from huge input); tokens are counted with the
     * embedder's tokenizer, the one tokenizer every deployment of this service has.
     */
    @Bean
    Guardrails guardrails(TextEmbedder embedder, GuardrailProperties properties, MeterRegistry meters) {
        List<InputRail> input = List.of(
                new MaxInputLengthRail(text -> embedder.tokenizer().countTokens(text)),
                new PromptInjectionRail(),
                DenyListRail.forInput());
        List<OutputRail> output = List.of(new PiiRedactionRail(), DenyListRail.forOutput());
        var grounding = new GroundingRail(
                new BreakIteratorSentenceSplitter(),
                embedder,
                properties.grounding().minSimilarity(),
                properties.grounding().minOverlap());
        return new Guardrails(input, output, grounding, properties.options(), meters);
    }
}
