package org.jrag.generation.extractive;

/** Thrown when a question comes without passages: an answer has nothing to quote or to be grounded in. */
public class NoPassagesException extends RuntimeException {

    public NoPassagesException() {
        super("passages must not be empty: the extractive mode answers only by quoting the given passages");
    }

    public NoPassagesException(String message) {
        super(message);
    }
}
