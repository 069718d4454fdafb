package org.jrag.retrieval.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.conversation.*}: the instruction that asks generation-service's model to rewrite a follow-up
 * as a standalone question, and how many tokens the rewrite may take.
 */
@ConfigurationProperties("rag.retrieval.conversation")
public record ConversationProperties(String rewriteInstruction, int rewriteMaxTokens) {

    public ConversationProperties {
        if (rewriteInstruction == null || rewriteInstruction.isBlank()) {
            throw new IllegalArgumentException("rag.retrieval.conversation.rewrite-instruction must not be blank");
        }
        if (rewriteMaxTokens < 1) {
            throw new IllegalArgumentException(
                    "rag.retrieval.conversation.rewrite-max-tokens must be >= 1, got: " + rewriteMaxTokens);
        }
    }
}
