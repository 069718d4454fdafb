package org.jrag.generation.generative;

import org.jrag.generation.extractive.GuardedAnswerService;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.model.ModelStatus;
import org.jrag.generation.openai.PromptCompleter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GenerativeConfiguration {

    @Bean
    GenerativeAnswerService generativeAnswerService(
            PromptCompleter completer, Guardrails guardrails, AnswersProperties properties) {
        return new GenerativeAnswerService(completer, guardrails, properties);
    }

    @Bean
    AnswerRouter answerRouter(GuardedAnswerService extractive, GenerativeAnswerService generative, ModelStatus status) {
        return new AnswerRouter(extractive, generative, status);
    }
}
