package org.jrag.generation.extractive;

/**
 * Thrown when no sentence of the passages is close enough to the question to be quoted as its answer. The
 * service reports that instead of inventing text.
 */
public class NoSupportedAnswerException extends RuntimeException {

    public NoSupportedAnswerException(String message) {
        super(message);
    }
}
