package org.jrag.generation.extractive;

import java.util.List;
import org.jrag.generation.guard.GuardrailOverrides;

/**
 * A question and the passages to answer it from.
 *
 * @param question the user's question, not blank
 * @param passages the retrieved passages, best first; may be empty here (the answerer reports that as a
 *     domain error, not a malformed request)
 * @param maxSentences how many sentences the answer may hold, 1 to {@value #MAX_SENTENCES_LIMIT}; null means
 *     {@value #DEFAULT_MAX_SENTENCES}
 * @param guardrails changes to the configured guardrails for this request; null keeps them
 */
public record AnswerRequest(
        String question, List<Passage> passages, Integer maxSentences, GuardrailOverrides guardrails) {

    public static final int DEFAULT_MAX_SENTENCES = 3;
    public static final int MAX_SENTENCES_LIMIT = 10;

    public AnswerRequest {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        passages = passages == null ? List.of() : List.copyOf(passages);
        if (maxSentences == null) {
            maxSentences = DEFAULT_MAX_SENTENCES;
        }
        if (maxSentences < 1 || maxSentences > MAX_SENTENCES_LIMIT) {
            throw new IllegalArgumentException(
                    "maxSentences must be between 1 and " + MAX_SENTENCES_LIMIT + ", got: " + maxSentences);
        }
    }

    public AnswerRequest(String question, List<Passage> passages, Integer maxSentences) {
        this(question, passages, maxSentences, null);
    }

    public AnswerRequest(String question, List<Passage> passages) {
        this(question, passages, null, null);
    }
}
