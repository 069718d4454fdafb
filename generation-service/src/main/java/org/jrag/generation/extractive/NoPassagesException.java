package org.jrag.generation.extractive;

/** Thrown when a question comes without passages: an extractive answer has nothing to quote. */
public class NoPassagesException extends RuntimeException {

    public NoPassagesException() {
        super("passages must not be empty: the extractive mode answers only by quoting the given passages");
    }
}
