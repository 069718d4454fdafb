package org.jrag.generation.openai;

import java.time.Duration;

/** A generation did not finish within the configured request timeout; it was cancelled. Answered with 504. */
public final class GenerationTimeoutException extends RuntimeException {

    public GenerationTimeoutException(Duration timeout) {
        super("the generation did not finish within the request timeout of " + timeout.toMillis()
                + " ms (rag.generation.openai.request-timeout) and was cancelled");
    }
}
