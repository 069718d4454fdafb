package org.jrag.retrieval.answer;

/** generation-service answered with an error this service cannot turn into an answer. */
public class GenerationFailedException extends RuntimeException {

    public GenerationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
