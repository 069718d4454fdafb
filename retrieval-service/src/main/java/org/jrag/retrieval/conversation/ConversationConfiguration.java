package org.jrag.retrieval.conversation;

import org.jrag.retrieval.answer.GenerationHttp;
import org.jrag.retrieval.answer.GenerationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Wires the follow-up rewriter to generation-service (same base URL and timeouts as the answer client). */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    QuestionRewriter questionRewriter(
            RestClient.Builder builder, GenerationProperties generation, ConversationProperties properties) {
        return new ChatQuestionRewriter(
                GenerationHttp.client(builder, generation), generation.baseUrl().toString(), properties);
    }
}
