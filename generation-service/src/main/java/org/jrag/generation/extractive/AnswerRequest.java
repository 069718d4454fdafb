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
 * @param mode {@code extractive}, {@code generative} or {@code auto}; null means {@code auto} (see {@link AnswerMode})
 * @param maxTokens generative mode: the most tokens the answer may take, at least 1; null means the configured
 *     {@code rag.generation.answers.max-tokens}
 * @param temperature generative mode: 0 (greedy) to 2; null means the configured
 *     {@code rag.generation.answers.temperature}
 * @param history the earlier turns of the conversation the question follows up on, oldest first, at most
 *     {@value #MAX_HISTORY_TURNS}; null means none
 * @param stream true to receive the answer as server-sent events: its text as it is generated ({@code delta}), then
 *     the whole answer ({@code answer}) or a problem ({@code error}); null or false for one JSON body
 * @param instructions generative mode: what the answer should be like beyond the grounded prompt's own instruction
 *     ("Answer in German.", "Answer as the HR help desk, in two sentences at most."), at most {@value
 *     #MAX_INSTRUCTIONS_LENGTH} characters, added to the system message after that instruction (which they cannot
 *     replace) and checked by the input rails as the question is; null or blank: none. The extractive mode quotes
 *     passages as they are and leaves them aside.
 */
public record AnswerRequest(
        String question,
        List<Passage> passages,
        Integer maxSentences,
        GuardrailOverrides guardrails,
        String mode,
        Integer maxTokens,
        Double temperature,
        List<ConversationTurn> history,
        Boolean stream,
        String instructions) {

    public static final int DEFAULT_MAX_SENTENCES = 3;
    public static final int MAX_SENTENCES_LIMIT = 10;
    public static final int MAX_HISTORY_TURNS = 50;
    public static final int MAX_INSTRUCTIONS_LENGTH = 4000;

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
        AnswerMode.of(mode);
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got: " + maxTokens);
        }
        if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, got: " + temperature);
        }
        history = history == null ? List.of() : List.copyOf(history);
        if (history.size() > MAX_HISTORY_TURNS) {
            throw new IllegalArgumentException(
                    "history must hold at most " + MAX_HISTORY_TURNS + " turns, got: " + history.size());
        }
        instructions = instructions == null || instructions.isBlank() ? null : instructions.strip();
        if (instructions != null && instructions.length() > MAX_INSTRUCTIONS_LENGTH) {
            throw new IllegalArgumentException("instructions must be at most " + MAX_INSTRUCTIONS_LENGTH
                    + " characters, got: " + instructions.length());
        }
    }

    public AnswerRequest(
            String question,
            List<Passage> passages,
            Integer maxSentences,
            GuardrailOverrides guardrails,
            String mode,
            Integer maxTokens,
            Double temperature,
            List<ConversationTurn> history,
            Boolean stream) {
        this(question, passages, maxSentences, guardrails, mode, maxTokens, temperature, history, stream, null);
    }

    public AnswerRequest(
            String question,
            List<Passage> passages,
            Integer maxSentences,
            GuardrailOverrides guardrails,
            String mode,
            Integer maxTokens,
            Double temperature) {
        this(question, passages, maxSentences, guardrails, mode, maxTokens, temperature, null, null);
    }

    public AnswerRequest(String question, List<Passage> passages, Integer maxSentences, GuardrailOverrides guardrails) {
        this(question, passages, maxSentences, guardrails, null, null, null);
    }

    /** This request with the question and history as the input rails left them. */
    public AnswerRequest checked(String question, List<ConversationTurn> history) {
        return new AnswerRequest(
                question,
                passages,
                maxSentences,
                guardrails,
                mode,
                maxTokens,
                temperature,
                history,
                stream,
                instructions);
    }

    /** Whether the caller asked for server-sent events. */
    public boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    /** The answer mode the caller asked for ({@link AnswerMode#AUTO} when none). */
    public AnswerMode answerMode() {
        return AnswerMode.of(mode);
    }

    public AnswerRequest(String question, List<Passage> passages, Integer maxSentences) {
        this(question, passages, maxSentences, null);
    }

    public AnswerRequest(String question, List<Passage> passages) {
        this(question, passages, null, null);
    }
}
