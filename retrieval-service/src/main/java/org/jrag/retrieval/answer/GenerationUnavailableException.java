package org.jrag.retrieval.answer;

/** generation-service could not be reached or did not answer in time. */
public class GenerationUnavailableException extends RuntimeException {

    public GenerationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
