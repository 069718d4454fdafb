package org.jrag.generation.openai;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.model.ServedModel;

/**
 * Completes one prompt that another feature has already rendered and tokenized (the RAG answers' grounded prompt)
 * on the served model's engine, like an OpenAI text completion, its text read as it is generated. Input and output
 * rails are the caller's: it knows which parts of its prompt came from the user.
 */
@FunctionalInterface
public interface PromptCompleter {

    /**
     * The generated text and how it ended.
     *
     * @param text the completion, stop strings cut off
     * @param finishReason OpenAI's finish reason ({@code stop} or {@code length})
     * @param usage the token counts
     */
    record Completed(String text, String finishReason, Usage usage) {}

    /** A completion under way: its text as it is generated, read by one thread. */
    interface Generation {

        /**
         * The next piece of text (possibly empty), waiting at most {@code atMost}; null when none came in that time
         * or the completion ended (then {@link #done()} says so).
         */
        String next(Duration atMost) throws InterruptedException;

        /** Whether the completion ended: every piece of its text has been read. */
        boolean done();

        /**
         * The whole completion, once {@link #done()}.
         *
         * @throws GenerationTimeoutException when the request timeout cancelled it
         * @throws GenerationFailedException when the engine failed it
         * @throws IllegalStateException before it is done
         */
        Completed completed();

        /** Stops generating (the reader left); the completion still ends, as cancelled. */
        void cancel();

        /**
         * Reads the rest and returns the whole completion; cancels it when the wait is interrupted or fails.
         *
         * @throws GenerationTimeoutException when the request timeout cancelled it
         * @throws GenerationFailedException when the engine failed it
         */
        default Completed await() throws InterruptedException {
            try {
                while (!done()) {
                    next(Duration.ofDays(1));
                }
            } catch (InterruptedException | RuntimeException e) {
                cancel();
                throw e;
            }
            return completed();
        }
    }

    /**
     * Starts generating up to {@code maxTokens} tokens after {@code prompt}.
     *
     * @param stopTokens token ids that end the completion
     * @param stop stop strings (at most {@value GenerationParameters#MAX_STOP}), cut from the text
     * @param temperature 0 for greedy decoding, up to 2
     * @param options the request's guardrail options (kept with the prompt; the rails are run by the caller)
     * @throws ContextLengthExceededException when the prompt and {@code maxTokens} do not fit the context
     * @throws org.jrag.engine.serving.QueueFullException when the engine's queue is full
     */
    Generation start(
            ServedModel model,
            int[] prompt,
            Set<Integer> stopTokens,
            List<String> stop,
            int maxTokens,
            float temperature,
            GuardrailOptions options);
}
